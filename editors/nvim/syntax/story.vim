" Vim syntax file for Forking Paths stories (the same scopes as editors/vscode's TextMate grammar).
if exists("b:current_syntax")
  finish
endif

syn keyword storyTodo TODO contained
syn match storyComment "//.*$" contains=storyTodo
syn region storyComment start="/\*" end="\*/" contains=storyTodo

syn match storyHeaderKey "^\s*\(title\|author\)\s*:"
syn match storyHeaderKey "^\s*start\s*:" nextgroup=storyTarget skipwhite
syn match storyKeyword "^\s*\(include\|var\|const\|enum\)\>"

syn region storyString start=+"+ skip=+\\.+ end=+"+ oneline
syn match storyEscape "\\."

syn match storySceneHeader "^\s*===.*$" contains=storySceneMark,storySceneName,storyFunctionKw,storyString,storyTag,storyComment
syn match storySceneMark "===\+" contained
syn keyword storyFunctionKw function external contained
syn match storySceneName "\(===\+\s*\(\(function\|external\)\s\+\)\=\)\@<=\h\w*" contained
syn match storyTag "#[^#]*" contained

syn match storyChoiceMark "^\s*[*+]\(\s*[*+]\)*"
syn match storyGather "^\s*-\(\s*-\)*\(>\)\@!"
syn match storyLabel "(\s*\h\w*\s*)"
syn region storyChoiceText matchgroup=storyDelimiter start="\[" end="\]" oneline contains=storyBraces,storyEscape

syn match storyDivert "->\(->\)\="
syn match storyTarget "\(->\s*\)\@<=\h\w*\(\.\h\w*\)\="
syn match storyTarget "\h\w*" contained
syn keyword storyEnd END
syn match storyEffect "^\s*\~"
syn match storyEffectKw "\(^\s*\~\s*\)\@<=\(temp\|return\)\>"
syn match storyGlue "<>"
syn match storyLineTag "#[^#]*"

syn region storyAltBlock matchgroup=storyAltKw start="{\s*\(stopping\|cycle\|once\|shuffle\(\s\+once\|\s\+stopping\)\=\)\s*:\s*$" end="^\s*}" contains=storyAltBranch,storyBraces,storyGlue,storyEscape,storyComment,storyLineTag
syn match storyAltBranch "^\s*-\(\s\|$\)" contained
syn region storyBraces matchgroup=storyDelimiter start="{" end="}" oneline contains=storyBraces,storyString,storyNumber,storyOperator,storyBoolean,storyCondKeyword,storyBuiltin,storyEscape
syn keyword storyCondKeyword if elif else end not and or contained
syn keyword storyBoolean true false contained
syn keyword storyBuiltin visits turns_since random turn min max abs set has count contained
syn match storyNumber "\<\d\+\>" contained
syn match storyOperator "==\|!=\|<=\|>=\|[<>+*/%|:]\|-\(>\)\@!" contained

hi def link storyComment Comment
hi def link storyTodo Todo
hi def link storyHeaderKey Keyword
hi def link storyKeyword Keyword
hi def link storyString String
hi def link storyEscape SpecialChar
hi def link storySceneMark Delimiter
hi def link storySceneName Function
hi def link storyFunctionKw Keyword
hi def link storyTag Label
hi def link storyChoiceMark Statement
hi def link storyGather Statement
hi def link storyLabel Label
hi def link storyChoiceText Underlined
hi def link storyDelimiter Delimiter
hi def link storyDivert Operator
hi def link storyTarget Function
hi def link storyEnd Constant
hi def link storyEffect Operator
hi def link storyEffectKw Keyword
hi def link storyGlue Operator
hi def link storyAltKw Operator
hi def link storyAltBranch Delimiter
hi def link storyLineTag Label
hi def link storyCondKeyword Conditional
hi def link storyBoolean Boolean
hi def link storyBuiltin Function
hi def link storyNumber Number
hi def link storyOperator Operator

let b:current_syntax = "story"
