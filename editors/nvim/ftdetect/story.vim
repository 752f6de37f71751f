" Forking Paths stories: *.story files have the filetype `story`.
autocmd BufRead,BufNewFile *.story setfiletype story
