"""What the server answers: definition, references, rename, completion, hover, symbols, folding, format, fixes."""

from __future__ import annotations

import os
import re

from lsprotocol import types as t
from pygls.exceptions import JsonRpcInvalidParams, JsonRpcInvalidRequest

from .. import builtins, formatter
from ..parser import RESERVED
from . import convert
from . import index as ix

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
EXPR_WORDS = ("not", "and", "or", "true", "false", "turn")
_BUILTIN_DOCS = {"min": "the smaller of two ints", "max": "the larger of two ints", "abs": "an int without its sign"}
EXPR_FUNCTIONS = (("visits", "visits(${1:scene})", "times the reader has entered a scene"),
                  ("turns_since", "turns_since(${1:scene})",
                   "choices made since the reader last entered a scene (-1 if never)"),
                  ("random", "random(${1:low}, ${2:high})", "a whole number from low to high, inclusive"),
                  ("set", "set(${1:values})", "a set of an enumeration's values (`set(heat)`: the empty one)"),
                  ("has", "has(${1:set}, ${2:value})", "whether a set holds a value"),
                  ("count", "count(${1:set})", "how many values a set holds")) + tuple(
    (name, f"{name}(" + ", ".join(f"${{{i}:{'ab'[i - 1] if n == 2 else 'n'}}}" for i in range(1, n + 1)) + ")",
     _BUILTIN_DOCS.get(name, "a built-in function")) for name, n in sorted(builtins.ARITY.items()))
_SYMBOL_KIND = {ix.SCENE: t.SymbolKind.Class, ix.LABEL: t.SymbolKind.Field, ix.VARIABLE: t.SymbolKind.Variable,
                ix.FUNCTION: t.SymbolKind.Function, ix.ENUM: t.SymbolKind.Enum, ix.VALUE: t.SymbolKind.EnumMember}
_RENAMED = (ix.SCENE, ix.VARIABLE, ix.LABEL, ix.FUNCTION, ix.LOCAL)  # the kinds of name rename changes


def register(ls):
    """Attach every feature to the server."""

    @ls.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: t.DidOpenTextDocumentParams):
        ls.adopt(params.text_document.uri)
        path = convert.path_of(params.text_document.uri)
        ls.forget(path)
        proj = ls.project_for(path)
        ls.check(proj.main)
        if ls.check_on_save and proj.main not in ls.reach:
            _start_reach(ls, proj.main)

    @ls.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: t.DidChangeTextDocumentParams):
        ls.schedule(convert.path_of(params.text_document.uri))

    @ls.feature(t.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: t.DidSaveTextDocumentParams):
        path = convert.path_of(params.text_document.uri)
        ls.forget(path)  # its includes may have changed which story it belongs to
        proj = ls.project_for(path)
        ls.check(proj.main)
        if ls.check_on_save:
            _start_reach(ls, proj.main)

    @ls.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: t.DidCloseTextDocumentParams):
        path = convert.path_of(params.text_document.uri)
        proj = ls.project_for(path)
        ls.check(proj.main)

    @ls.feature(t.TEXT_DOCUMENT_DEFINITION)
    def definition(params: t.DefinitionParams):
        return _definition(ls, params.text_document.uri, params.position)

    @ls.feature(t.TEXT_DOCUMENT_REFERENCES)
    def references(params: t.ReferenceParams):
        return _references(ls, params.text_document.uri, params.position, params.context.include_declaration)

    @ls.feature(t.TEXT_DOCUMENT_PREPARE_RENAME)
    def prepare_rename(params: t.PrepareRenameParams):
        proj, oc, lines = _at(ls, params.text_document.uri, params.position)
        if oc is None or oc.kind not in _RENAMED:
            return None
        shown = _shown(oc)
        return t.PrepareRenamePlaceholder(range=lines.range(oc.span), placeholder=shown)

    @ls.feature(t.TEXT_DOCUMENT_RENAME)
    def rename(params: t.RenameParams):
        return _rename(ls, params.text_document.uri, params.position, params.new_name)

    @ls.feature(t.TEXT_DOCUMENT_COMPLETION, t.CompletionOptions(trigger_characters=[">", "{", "#", " ", "(", "."]))
    def completion(params: t.CompletionParams):
        return _completion(ls, params.text_document.uri, params.position)

    @ls.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(params: t.HoverParams):
        return _hover(ls, params.text_document.uri, params.position)

    @ls.feature(t.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbol(params: t.DocumentSymbolParams):
        return _document_symbols(ls, params.text_document.uri)

    @ls.feature(t.WORKSPACE_SYMBOL)
    def workspace_symbol(params: t.WorkspaceSymbolParams):
        return _workspace_symbols(ls, params.query)

    @ls.feature(t.TEXT_DOCUMENT_FORMATTING)
    def formatting(params: t.DocumentFormattingParams):
        return _format(ls, params.text_document.uri)

    @ls.feature(t.TEXT_DOCUMENT_FOLDING_RANGE)
    def folding(params: t.FoldingRangeParams):
        proj = ls.loaded(convert.path_of(params.text_document.uri))
        path = convert.path_of(params.text_document.uri)
        return [t.FoldingRange(start_line=a - 1, end_line=b - 1, kind=t.FoldingRangeKind.Region)
                for _, a, b in sorted(proj.scene_ranges(path) + proj.function_ranges(path), key=lambda r: r[1])
                if b > a]

    @ls.feature(t.TEXT_DOCUMENT_CODE_ACTION,
                t.CodeActionOptions(code_action_kinds=[t.CodeActionKind.QuickFix]))
    def code_action(params: t.CodeActionParams):
        return _code_actions(ls, params)


def _start_reach(ls, main):
    import asyncio
    asyncio.ensure_future(ls.check_reachability(main))


def _at(ls, uri, position):
    path = convert.path_of(uri)
    proj = ls.loaded(path)
    lines = ls.lines()
    line, col = lines.position(path, position)
    return proj, proj.at(path, line, col), lines


def _definition(ls, uri, position):
    proj, oc, lines = _at(ls, uri, position)
    if oc is None:
        return None
    if oc.kind == ix.INCLUDE:
        target = os.path.normpath(os.path.join(os.path.dirname(oc.span.file), oc.name))
        if not os.path.isfile(target):
            return None
        return [t.Location(convert.uri_of(target), t.Range(t.Position(0, 0), t.Position(0, 0)))]
    if oc.kind == ix.TAG:
        return None
    defs = proj.occurrences(kind=oc.kind, name=oc.name, role=ix.DEF)
    return [lines.location(d.span) for d in defs] or None


def _references(ls, uri, position, include_declaration):
    proj, oc, lines = _at(ls, uri, position)
    if oc is None or oc.kind in (ix.INCLUDE,):
        return None
    found = proj.occurrences(kind=oc.kind, name=oc.name)
    return [lines.location(o.span) for o in found if include_declaration or o.role != ix.DEF]


def _names(proj, kind) -> set:
    return {o.name for o in proj.occurrences(kind=kind, role=ix.DEF)}


def _rename(ls, uri, position, new_name):
    proj, oc, lines = _at(ls, uri, position)
    if oc is None or oc.kind not in _RENAMED:
        raise JsonRpcInvalidRequest("nothing to rename here: put the cursor on a scene, label, variable or "
                                    "function name")
    what = {ix.SCENE: "a scene", ix.VARIABLE: "a variable", ix.LABEL: "a label", ix.FUNCTION: "a function",
            ix.LOCAL: "a temporary or parameter"}[oc.kind]
    if not NAME.match(new_name):
        raise JsonRpcInvalidParams(f"`{new_name}` cannot name {what}: names are letters, digits and `_`, "
                                   "not starting with a digit")
    if new_name in RESERVED:
        raise JsonRpcInvalidParams(f"`{new_name}` is a reserved word and cannot name {what}")
    if oc.kind == ix.LABEL:
        scene = oc.name.rpartition(".")[0]
        full = f"{scene}.{new_name}"
        if full in _names(proj, ix.LABEL):
            raise JsonRpcInvalidParams(f"scene `{scene}` already has a label `{new_name}`")
    elif oc.kind == ix.LOCAL:
        scope = oc.name.rpartition("/")[0]
        full = f"{scope}/{new_name}"
        if full != oc.name and (full in _names(proj, ix.LOCAL) or new_name in _names(proj, ix.VARIABLE)):
            raise JsonRpcInvalidParams(f"`{new_name}` is already a name in {_scope_words(scope)}")
    elif oc.kind == ix.FUNCTION and new_name in builtins.ARITY:
        raise JsonRpcInvalidParams(f"`{new_name}` is a built-in function")
    else:
        full = new_name
        taken = _names(proj, oc.kind)
        if new_name in taken and new_name != oc.name:
            raise JsonRpcInvalidParams(f"there is already {what} named `{new_name}`")
    changes = {}
    for o in proj.occurrences(kind=oc.kind, name=oc.name):
        changes.setdefault(ls.uri_for(o.span.file), []).append(t.TextEdit(lines.range(o.span), new_name))
    if full == oc.name:
        return t.WorkspaceEdit(changes={})
    return t.WorkspaceEdit(changes=changes)


def _line_before(ls, uri, position) -> tuple:
    path = convert.path_of(uri)
    lines = ls.lines()
    text = lines.line(path, position.line + 1)
    _, col = lines.position(path, position)
    return path, text[: col - 1], text


def _item(label, kind, detail=None, doc=None, insert=None, snippet=False):
    return t.CompletionItem(label=label, kind=kind, detail=detail,
                            documentation=t.MarkupContent(t.MarkupKind.Markdown, doc) if doc else None,
                            insert_text=insert,
                            insert_text_format=t.InsertTextFormat.Snippet if snippet else None)


def _completion(ls, uri, position):
    path, before, _ = _line_before(ls, uri, position)
    proj = ls.loaded(path)
    scenes = proj.occurrences(kind=ix.SCENE, role=ix.DEF)
    mt = re.search(r"->[ \t]*([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_]*)\Z", before)
    if mt:  # -> scene.label
        prefix = mt.group(1) + "."
        labels = [o for o in proj.occurrences(kind=ix.LABEL, role=ix.DEF) if o.name.startswith(prefix)]
        return [_item(o.name[len(prefix):], t.CompletionItemKind.Field, o.detail) for o in labels]
    if re.search(r"->[ \t]*[A-Za-z0-9_]*\Z", before) or \
            re.search(r"\b(visits|turns_since)\([ \t]*[A-Za-z0-9_]*\Z", before):
        items = [_item(o.name, t.CompletionItemKind.Class, o.detail) for o in scenes]
        known = {o.name for o in scenes}
        items.extend(_item(name, t.CompletionItemKind.Class, "a scene that does not parse yet")
                     for name in proj.broken_scenes() if name not in known)
        if not re.search(r"\b(visits|turns_since)\([ \t]*[A-Za-z0-9_]*\Z", before):
            items.append(_item("END", t.CompletionItemKind.Keyword, "an ending: -> END \"Name\"",
                               insert='END "${1:Ending}"', snippet=True))
        here = _scene_here(proj, path, position.line + 1)
        if here:
            items.extend(_item(o.name.rpartition(".")[2], t.CompletionItemKind.Field, o.detail)
                         for o in proj.occurrences(kind=ix.LABEL, role=ix.DEF) if o.scene == here)
        return items
    if re.match(r"[ \t]*===.*#[^#]*\Z", before) or re.search(r"(?:^|[ \t\]])#[^#{}:]*\Z", before):
        keys = sorted({o.name for o in proj.occurrences(kind=ix.TAG)} | {"chapter"})
        return [_item(k, t.CompletionItemKind.Property) for k in keys]
    first = re.match(r"[ \t]*~[ \t]*[A-Za-z0-9_]*\Z", before)  # the first word of a `~` line
    if before.count("{") > before.count("}") or re.match(r"[ \t]*~", before) or \
            re.match(r"[ \t]*(var|const)[ \t]+\S+[ \t]*=", before):
        items = []
        for o in proj.occurrences(kind=ix.VARIABLE, role=ix.DEF):
            items.append(_item(o.name, t.CompletionItemKind.Variable, o.detail))
        scope = _scope_here(proj, path, position.line + 1)
        if scope is not None:
            items.extend(_item(_shown(o), t.CompletionItemKind.Variable, o.detail)
                         for o in proj.occurrences(kind=ix.LOCAL, role=ix.DEF) if o.name.startswith(scope + "/"))
        items.extend(_item(v, t.CompletionItemKind.EnumMember, f"a value of {e}")
                     for v, e in proj.values().items())
        items.extend(_item(e, t.CompletionItemKind.Enum, "an enumeration") for e in sorted(set(proj.values().values())))
        for fn in proj.functions():
            call = f"{fn.name}(" + ", ".join(f"${{{i}:{p}}}" for i, p in enumerate(fn.params, 1)) + ")"
            items.append(_item(fn.name, t.CompletionItemKind.Function, f"{fn.name}({', '.join(fn.params)})",
                               insert=call, snippet=True))
        if first:
            items.append(_item("temp", t.CompletionItemKind.Keyword, "~ temp name = value: a temporary"))
            if scope is not None and scope.endswith("()"):
                items.append(_item("return", t.CompletionItemKind.Keyword, "~ return value: the function's value"))
        else:
            for name, snippet, doc in EXPR_FUNCTIONS:
                items.append(_item(name, t.CompletionItemKind.Function, doc, insert=snippet, snippet=True))
            items.extend(_item(w, t.CompletionItemKind.Keyword) for w in EXPR_WORDS)
        return items
    return []


def _scope_here(proj, path, line):
    """The scene, or "function()", whose temporaries are in scope at a line."""
    got = proj.piece_at(path, line)
    if got is None:
        return None
    _, piece = got
    for fn in getattr(piece.file, "functions", ()):
        return f"{fn.name}()"
    for sc in piece.file.scenes:
        return sc.name
    return None


def _scene_here(proj, path, line):
    got = proj.piece_at(path, line)
    if got is None:
        return None
    off, piece = got
    for sc in piece.file.scenes:
        return sc.name
    return None


def _scope_words(scope: str) -> str:
    return f"function `{scope[:-2]}`" if scope.endswith("()") else f"scene `{scope}`"


def _shown(oc) -> str:
    """A name as the author writes it at that place (a label or a temporary without its scope)."""
    return oc.name.rpartition("/")[2] if oc.kind == ix.LOCAL else oc.name.rpartition(".")[2]


def _where(o) -> str:
    place = _scope_words(o.scene) if o.scene else "the header"
    return f"{place} ({os.path.basename(o.span.file)}:{o.span.line})"


def _hover(ls, uri, position):
    proj, oc, lines = _at(ls, uri, position)
    if oc is None:
        return None
    if oc.kind in (ix.SCENE, ix.LABEL):
        text = _scene_hover(ls, proj, oc.name, oc.kind)
    elif oc.kind == ix.VARIABLE:
        text = _variable_hover(proj, oc.name)
    elif oc.kind == ix.INCLUDE:
        text = f"**include** `{oc.name}`: its scenes and variables join this story"
    elif oc.kind == ix.FUNCTION:
        text = _function_hover(proj, oc.name)
    elif oc.kind == ix.LOCAL:
        text = _local_hover(proj, oc.name)
    elif oc.kind in (ix.ENUM, ix.VALUE):
        text = _enum_hover(proj, oc.name if oc.kind == ix.ENUM else proj.values().get(oc.name), oc)
    else:
        return None
    return t.Hover(contents=t.MarkupContent(t.MarkupKind.Markdown, text), range=lines.range(oc.span))


def _scene_hover(ls, proj, name, kind=ix.SCENE) -> str:
    defs = proj.occurrences(kind=kind, name=name, role=ix.DEF)
    if not defs:
        return f"no {kind} named `{name}`"
    d = defs[0]
    out = [f"**{kind}** `{name}`: {os.path.basename(d.span.file)}:{d.span.line}"]
    reach = ls.reach.get(proj.main)
    info = (reach or {}).get("scenes", {}).get(name) if reach and reach.get("ok") else None
    if reach and not reach.get("ok"):
        out.append(f"reachability: not checked ({reach.get('error')})")
    elif info is None:
        out.append("reachability: not checked yet (saved stories are checked in the background)")
    elif info["status"] == "reachable":
        steps = info["witness"] or []
        if steps:
            path = " → ".join(f"“{s}”" for s in steps)
            out.append(f"reachable: shortest playthrough, {len(steps)} choice{'s' if len(steps) != 1 else ''}: "
                       f"{path}")
        else:
            out.append("reachable: the story gets here without a choice")
    elif info["status"] == "unreachable":
        out.append(f"**unreachable**: {info['reason']}")
    else:
        out.append(f"reachability unknown: {info['reason']}")
    uses = proj.occurrences(kind=kind, name=name, role=ix.REF)
    ins = [u for u in uses if u.scene is not None and not _is_visits(ls, u)]
    counted = [u for u in uses if _is_visits(ls, u)]
    froms = sorted({f"`{u.scene}`" for u in ins})
    shown = ", ".join(froms[:8]) + (f" and {len(froms) - 8} more" if len(froms) > 8 else "")
    out.append(f"ways in: {len(ins)} divert{'s' if len(ins) != 1 else ''}"
               + (f" from {len(froms)} scene{'s' if len(froms) != 1 else ''} ({shown})" if ins else ""))
    if counted:
        out.append(f"visits(`{name}`) read in: " + ", ".join(_where(u) for u in counted[:8]))
    return "\n\n".join(out)


def _function_hover(proj, name) -> str:
    fn = next((f for f in proj.functions() if f.name == name), None)
    if fn is None:
        return f"no function named `{name}`" + (" (a built-in)" if name in builtins.ARITY else "")
    story = proj.result.loaded.story if proj.result else None
    done = story.fn_map.get(name) if story is not None else None
    types = dict(done.locals) if done is not None else {}
    params = ", ".join(f"{p}: {types[p]}" if p in types else p for p in fn.params)
    gives = (f" → {done.returns}" if done.returns else " (gives no value: call it on a `~` line)") \
        if done is not None else ""
    d = proj.occurrences(kind=ix.FUNCTION, name=name, role=ix.DEF)
    where = f": {os.path.basename(d[0].span.file)}:{d[0].span.line}" if d else ""
    out = [f"**{'external function' if fn.external else 'function'}** `{name}({params})`{gives}{where}"]
    if done is None:
        out.append("types known once the story has no errors")
    calls = proj.occurrences(kind=ix.FUNCTION, name=name, role=ix.REF)
    out.append("called in: " + (", ".join(_where(o) for o in calls[:8]) + (
        f", and {len(calls) - 8} more" if len(calls) > 8 else "") if calls else "nowhere"))
    return "\n\n".join(out)


def _enum_hover(proj, enum, oc) -> str:
    decl = next((e for f in proj.result.loaded.files for e in getattr(f, "enums", ()) if e.name == enum), None)
    if decl is None:
        return f"no enumeration named `{enum}`"
    values = ", ".join(f"`{v}`" for v in decl.members)
    if oc.kind == ix.VALUE:
        out = [f"**value** `{oc.name}` of enumeration `{enum}` (one of {values})"]
    else:
        out = [f"**enumeration** `{enum}`: {values}"]
    story = proj.result.loaded.story
    if story is not None:
        held = [v.name for v in story.variables if v.type == enum]
        out.append("held by: " + (", ".join(f"`{n}`" for n in held) if held else "no variable"))
    if oc.kind == ix.VALUE:
        uses = proj.occurrences(kind=ix.VALUE, name=oc.name, role=ix.REF)
        out.append("used in: " + (", ".join(_where(o) for o in uses[:8]) + (
            f", and {len(uses) - 8} more" if len(uses) > 8 else "") if uses else "nowhere"))
    return "\n\n".join(out)


def _local_hover(proj, full) -> str:
    scope, _, name = full.rpartition("/")
    defs = proj.occurrences(kind=ix.LOCAL, name=full, role=ix.DEF)
    param = bool(defs) and defs[0].detail.startswith("parameter of ")
    story = proj.result.loaded.story if proj.result else None
    kind = None
    if story is not None and scope.endswith("()") and scope[:-2] in story.fn_map:
        kind = dict(story.fn_map[scope[:-2]].locals).get(name)
    elif story is not None:
        for sc in story.scenes:
            if (sc.part_of or sc.name) == scope:
                kind = dict(getattr(sc, "locals", ())).get(name) or kind
    what = "parameter" if param else "temporary"
    out = [f"**{what}** `{name}`" + (f": {kind}" if kind else "") + f" of {_scope_words(scope)}"]
    if not param:
        out.append("it lives until the " + ("function returns" if scope.endswith("()") else
                                           "reader leaves the scene"))
    writes = proj.occurrences(kind=ix.LOCAL, name=full, role=ix.WRITE)
    reads = proj.occurrences(kind=ix.LOCAL, name=full, role=ix.REF)
    out.append(f"set on line{'s' if len(writes) != 1 else ''} " + ", ".join(str(o.span.line) for o in writes)
               if writes else "set nowhere else")
    out.append(f"read on line{'s' if len(reads) != 1 else ''} " + ", ".join(str(o.span.line) for o in reads)
               if reads else "read nowhere")
    return "\n\n".join(out)


def _is_visits(ls, oc) -> bool:
    line = ls.lines().line(oc.span.file, oc.span.line)
    return line[: oc.span.column - 1].rstrip().endswith("visits(")


def _variable_hover(proj, name) -> str:
    story = proj.result.loaded.story if proj.result else None
    decl = story.var_map.get(name) if story is not None else None
    defs = proj.occurrences(kind=ix.VARIABLE, name=name, role=ix.DEF)
    if decl is not None:
        kind = "constant" if decl.const else "variable"
        enum = decl.type in set(proj.values().values())  # a value of an enumeration is held as its name
        value = ("true" if decl.initial else "false") if isinstance(decl.initial, bool) else \
            (f'"{decl.initial}"' if isinstance(decl.initial, str) and not enum else str(decl.initial))
        out = [f"**{kind}** `{name}`: {decl.type}{' (an enumeration)' if enum else ''}, starts as `{value}`"]
    elif defs:
        out = [f"**variable** `{name}`: `{defs[0].detail}` (type known once the story has no errors)"]
    else:
        return f"no variable named `{name}`"
    writes = proj.occurrences(kind=ix.VARIABLE, name=name, role=ix.WRITE)
    reads = proj.occurrences(kind=ix.VARIABLE, name=name, role=ix.REF)
    for label, occ in (("set in", writes), ("read in", reads)):
        if occ:
            shown = ", ".join(_where(o) for o in occ[:8]) + (f", and {len(occ) - 8} more" if len(occ) > 8 else "")
            out.append(f"{label}: {shown}")
        else:
            out.append(f"{label}: nowhere")
    return "\n\n".join(out)


def _document_symbols(ls, uri):
    path = convert.path_of(uri)
    proj = ls.loaded(path)
    lines = ls.lines()
    ranges = {name: (a, b) for name, a, b in proj.scene_ranges(path)}
    fn_ranges = {name: (a, b) for name, a, b in proj.function_ranges(path)}
    out, by_scene, by_enum = [], {}, {}
    for o in proj.occurrences(role=ix.DEF):
        if os.path.abspath(o.span.file) != path:
            continue
        if o.kind == ix.SCENE:
            a, b = ranges.get(o.name, (o.span.line, o.span.line))
            whole = t.Range(t.Position(a - 1, 0), t.Position(b - 1, len(lines.line(path, b))))
            sym = t.DocumentSymbol(name=o.name, kind=t.SymbolKind.Class, range=whole,
                                   selection_range=lines.range(o.span), detail=o.detail, children=[])
            by_scene[o.name] = sym
            out.append(sym)
        elif o.kind == ix.LABEL and o.scene in by_scene:
            r = lines.range(o.span)
            by_scene[o.scene].children.append(t.DocumentSymbol(
                name=o.name.rpartition(".")[2], kind=t.SymbolKind.Field, range=r, selection_range=r,
                detail=o.detail))
        elif o.kind == ix.VARIABLE:
            r = lines.range(o.span)
            out.append(t.DocumentSymbol(name=o.name, kind=t.SymbolKind.Variable, range=r, selection_range=r,
                                        detail=o.detail))
        elif o.kind == ix.ENUM:
            r = lines.range(o.span)
            line = t.Range(t.Position(r.start.line, 0), t.Position(r.start.line, len(lines.line(path, o.span.line))))
            by_enum[o.name] = sym = t.DocumentSymbol(name=o.name, kind=t.SymbolKind.Enum, range=line,
                                                     selection_range=r, detail=o.detail, children=[])
            out.append(sym)
        elif o.kind == ix.VALUE and o.detail.startswith("a value of "):
            owner = by_enum.get(o.detail[len("a value of "):])
            if owner is not None:
                r = lines.range(o.span)
                owner.children.append(t.DocumentSymbol(name=o.name, kind=t.SymbolKind.EnumMember, range=r,
                                                       selection_range=r))
        elif o.kind == ix.FUNCTION:
            a, b = fn_ranges.get(o.name, (o.span.line, o.span.line))
            whole = t.Range(t.Position(a - 1, 0), t.Position(b - 1, len(lines.line(path, b))))
            out.append(t.DocumentSymbol(name=o.name, kind=t.SymbolKind.Function, range=whole,
                                        selection_range=lines.range(o.span), detail=o.detail, children=[]))
    for name, a, b in proj.broken_ranges(path):  # a scene being typed keeps its place in the outline
        head = lines.line(path, a)
        col = head.find(name)
        sel = t.Range(t.Position(a - 1, max(col, 0)), t.Position(a - 1, max(col, 0) + len(name)))
        out.append(t.DocumentSymbol(name=name, kind=t.SymbolKind.Class, detail="does not parse yet",
                                    range=t.Range(t.Position(a - 1, 0), t.Position(b - 1, len(lines.line(path, b)))),
                                    selection_range=sel, children=[]))
    out.sort(key=lambda sym: (sym.range.start.line, sym.range.start.character))
    return out


def _workspace_symbols(ls, query):
    q = query.lower()
    lines = ls.lines()
    out = []
    for proj in list(ls.projects.values()):
        if proj.result is None:
            continue
        for o in proj.occurrences(role=ix.DEF):
            if o.kind not in _SYMBOL_KIND or (q and not _subsequence(q, o.name.lower())):
                continue
            out.append(t.WorkspaceSymbol(name=o.name, kind=_SYMBOL_KIND[o.kind], location=lines.location(o.span),
                                         container_name=o.scene))
            if len(out) >= 1000:
                return out
    return out


def _subsequence(q: str, name: str) -> bool:
    it = iter(name)
    return all(c in it for c in q)


def _format(ls, uri):
    path = convert.path_of(uri)
    doc = ls.workspace.get_text_document(uri)
    text = doc.source
    try:
        new = formatter.format_text(text, os.path.relpath(path))
    except formatter.FormatError as e:
        ls.window_show_message(t.ShowMessageParams(t.MessageType.Warning, f"forkpaths fmt: not formatted: {e}"))
        return []
    if new == text:
        return []
    lines = text.split("\n")
    end = t.Position(len(lines) - 1, convert.units(ls.workspace.position_codec, lines[-1], len(lines[-1]) + 1))
    return [t.TextEdit(t.Range(t.Position(0, 0), end), new)]


def _code_actions(ls, params: t.CodeActionParams):
    uri = params.text_document.uri
    path = convert.path_of(uri)
    actions = []
    proj = None
    for d in params.context.diagnostics:
        data = d.data if isinstance(d.data, dict) else {}
        if d.code != "FP202" or "suggest" not in data:
            continue
        proj = proj or ls.loaded(path)
        lines = ls.lines()
        for o in proj.occurrences(kind=ix.SCENE, name=data["name"], role=ix.REF):
            r = lines.range(o.span)
            if os.path.abspath(o.span.file) == path and r.start.line == d.range.start.line and \
                    d.range.start.character <= r.start.character <= d.range.end.character:
                edit = t.WorkspaceEdit(changes={uri: [t.TextEdit(r, data["suggest"])]})
                actions.append(t.CodeAction(title=f"Change `{data['name']}` to `{data['suggest']}`",
                                            kind=t.CodeActionKind.QuickFix, diagnostics=[d], edit=edit,
                                            is_preferred=True))
                break
    return actions
