"""Author mistakes as data: the registry of diagnostic codes and their rendering."""

from __future__ import annotations

import enum
import json

import attrs
from attrs import frozen

from . import textwidth
from .model import Span


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@frozen
class Code:
    """One registry entry: a stable code with its template, hint and example."""

    code: str
    severity: Severity
    title: str
    template: str
    hint: str
    example: str  # a story (main file text) that triggers it; "" if needs files


REGISTRY: dict[str, Code] = {}


def _reg(code, severity, title, template, hint, example=""):
    REGISTRY[code] = Code(code, Severity(severity), title, template, hint, example)


# ---- FP1xx: input and syntax
_reg("FP101", "error", "syntax error", "{detail}",
     "Check this line against docs/language.md.",
     "=== a ===\nHello.\n* [Go] -> a\n~ = 3\n")
_reg("FP102", "error", "unclosed brace", "this `{{` is never closed on its line",
     "Close it with `}}`; inline text such as `{{hunger}}` or `{{cond: text}}` must end on the same line.",
     "=== a ===\nThe fire {hunger >= 5: you hear.\n-> END \"x\"\n")
_reg("FP103", "error", "choice without text or target",
     "this choice has nothing after its marker",
     "Write `* [text] -> scene`; a fallback is `* -> scene`.",
     "=== a ===\nHello.\n* [Go] -> a\n*\n")
_reg("FP104", "error", "unclosed choice text", "the choice text `[` is never closed",
     "End the choice text with `]`, for example `* [Go home] -> home`.",
     "=== a ===\nHello.\n* [Go home -> a\n")
_reg("FP105", "error", "bad scene header", "a scene header must be `=== name ===`",
     "Scene names are letters, digits and `_`, not starting with a digit: `=== the_roof ===`.",
     "=== the roof ===\nHello.\n-> END \"x\"\n")
_reg("FP106", "error", "unknown header line", "{detail}",
     "Before the first scene a file holds only `title:`, `author:`, `start:`, `include`, `var` and `const` lines.",
     "titel: Oops\n=== a ===\n-> END \"x\"\n")
_reg("FP107", "error", "stray closing brace", "this `}}` closes nothing",
     "Remove it, or write `\\}}` for a literal brace.",
     "=== a ===\nHello } there.\n-> END \"x\"\n")
_reg("FP108", "error", "expected an expression", "{detail}",
     "Conditions and values are expressions: `hunger >= 5`, `not told`, `\"On-jo\"`.",
     "var x = 1\n=== a ===\n~ x = \n-> END \"x\"\n")
_reg("FP109", "error", "divert needs a target", "`->` must be followed by a scene name, `END \"name\"`, or be `->->`",
     "Write `-> scene_name`, `-> scene ->` (a tunnel) or `-> END \"Ending Name\"`.",
     "=== a ===\nHello.\n->\n")
_reg("FP110", "error", "not UTF-8", "{detail}",
     "Save the file as UTF-8 text (in most editors: Save As, then pick the encoding UTF-8).")
_reg("FP111", "error", "not a text file", "{detail}",
     "Story files are plain text; this looks like binary data.")
_reg("FP112", "error", "file too large", "{detail}",
     "Split the story into several files joined with `include`.")
_reg("FP113", "error", "nested too deeply", "{detail}",
     "Simplify the expression or the text: split it into several lines or variables.")
_reg("FP114", "error", "line too long", "{detail}",
     "Break the paragraph into several lines; line breaks inside a paragraph do not matter.")
_reg("FP115", "error", "misspelt keyword", "{detail}",
     "Keywords are lower-case: `var`, `const`, `include`, `title:`, `author:`, `start:`; endings are `-> END \"name\"`.",
     "=== a ===\nHello.\n-> end \"x\"\n")
_reg("FP116", "error", "unexpected end of block", "{detail}",
     "Every `{{if ...}}` needs a matching `{{end}}` line; `{{elif}}` and `{{else}}` go between them.",
     "var x = 1\n=== a ===\n{if x > 0}\nBig.\n-> END \"x\"\n")
_reg("FP117", "error", "prose before the first scene", "prose must be inside a scene",
     "Start a scene with `=== name ===` before writing prose.",
     "title: T\nOnce upon a time.\n=== a ===\n-> END \"x\"\n")

_reg("FP118", "error", "number too large", "{detail}",
     "Whole numbers in stories have at most 18 digits.",
     "var n = 1234567890123456789012\n=== a ===\n~ n += 1\n{n}\n-> END \"x\"\n")

_reg("FP130", "error", "unknown paragraph rule", "`paragraphs: {value}` is not a paragraph rule",
     "Write `paragraphs: lines` (every line of prose is its own paragraph, as in ink) or `paragraphs: blank lines` "
     "(the default: a blank line ends a paragraph).",
     "paragraphs: line\n=== a ===\nHello.\n-> END \"x\"\n")
_reg("FP131", "error", "declaration inside a scene", "`{word}` lines belong in the header, before the first scene",
     "Declare the variable at the top of the file (`var hunger = 2`); to change it here, write an effect: "
     "`~ hunger = 2`. (To show the words as prose, write `\\{word}`.)",
     "=== a ===\nvar hunger = 2\nYou are hungry.\n-> END \"x\"\n")
_reg("FP132", "warning", "not before a comparison",
     "`not` applies to the whole comparison here: `not ({left} {op} {right})`",
     "Here, as in Python, `not` binds more loosely than `{op}`; in ink it binds tighter. Write "
     "`not ({left} {op} {right})` to keep this meaning, or `(not {left}) {op} {right}` for ink's.",
     "var a = false\nconst b = true\n=== s ===\n~ a = not a == b\n{a: yes|no}\n-> END \"x\"\n")
_reg("FP133", "error", "braces in choice text", "{detail}",
     "Braces in choice text work as in prose: `[Ask {{name}}]`, `[{{lit: Blow out|Light}} the lamp]`, "
     "`[{{& Knock|Knock again}}]`; write `\\{{` for a brace of its own.",
     "var name = \"Fogg\"\n=== a ===\nHello.\n* [Ask {name] -> a\n* [Leave] -> END \"x\"\n")
_reg("FP134", "error", "bad multi-line alternatives", "{detail}",
     "Write `{{stopping:` (or `cycle:`, `once:`, `shuffle:`, `shuffle once:`, `shuffle stopping:`) on a line, "
     "a `- ` line for each branch with its prose, and `}}` on a line of its own; keep effects and diverts "
     "outside the block.",
     "=== a ===\n{cycle:\n- I held my breath.\n~ x = 1\n- I waited.\n}\n-> END \"x\"\n")

_reg("FP140", "error", "temporary declared with an operator", "{detail}: a temporary starts from a value",
     "Declare it with `=`: `~ temp x = 0`; change it afterwards with `~ x += 1`.",
     "=== a ===\n~ temp x += 1\n{x}\n-> END \"x\"\n")

_reg("FP151", "error", "character not allowed in a name", "{detail}",
     "Names of variables, constants, scenes and labels use ASCII letters, digits and `_`; "
     "retype the name, or delete the invisible character (copied text often carries one).",
     "var 배고픔 = 1\n=== a ===\n-> END \"x\"\n")

_reg("FP152", "error", "control character in the text", "{detail}",
     "Delete it: C1 controls are never text, and direction overrides can hide what a line really says. "
     "Right-to-left text needs no control characters; the terminal lays it out.",
     "=== a ===\nThe \u202edoor\u202c opens.\n-> END \"x\"\n")

# ---- FP2xx: names and types
_reg("FP230", "error", "divert inside prose", "this line of prose ends in `-> {target}`, which is shown as text",
     "A divert stands on its own line: put `-> {target}` on the next line. To show the arrow as text, "
     "write `\\->`.",
     "=== a ===\nShe waits. -> b\n=== b ===\n-> END \"x\"\n")
_reg("FP201", "error", "undefined variable", "no variable or constant named `{name}`{suggest}",
     "Declare it before the first scene: `var {name} = 0`.",
     "=== a ===\n~ hunger += 1\n-> END \"x\"\n")
_reg("FP202", "error", "undefined scene", "no scene named `{name}`{suggest}",
     "Divert to a scene that exists, or add `=== {name} ===`.",
     "=== a ===\n-> nowhere\n")
_reg("FP203", "error", "duplicate scene", "scene `{name}` is already defined at {other}",
     "Scene names are unique across all files of a story; rename one of them.",
     "=== a ===\n-> END \"x\"\n=== a ===\n-> END \"y\"\n")
_reg("FP204", "error", "duplicate variable", "`{name}` is already declared at {other}",
     "Variables and constants are global; declare each name once.",
     "var x = 1\nvar x = 2\n=== a ===\n~ x += 1\n{x}\n-> END \"x\"\n")
_reg("FP205", "error", "type mismatch", "{detail}",
     "Operands must have matching types: `+ - * / %` and `< <= > >=` take ints, `and or not` take bools.",
     "var x = 1\n=== a ===\n~ x = 1 + true\n{x}\n-> END \"x\"\n")
_reg("FP206", "error", "assignment of the wrong type", "`{name}` is {expected}, but the value is {actual}",
     "A variable keeps the type of its initial value.",
     "var told = false\n=== a ===\n~ told = 3\n{told: t}\n-> END \"x\"\n")
_reg("FP207", "error", "constant reassigned", "`{name}` is a constant",
     "Declare it with `var` if it must change.",
     "const N = 3\n=== a ===\n~ N = 4\n-> END \"x\"\n")
_reg("FP208", "warning", "unused variable", "variable `{name}` is {how}",
     "Remove it, or use it in a condition or text.",
     "var spare = 1\n=== a ===\n-> END \"x\"\n")
_reg("FP209", "error", "undefined start scene", "the start scene `{name}` does not exist",
     "`start:` names a scene of the story; without it the first scene starts.",
     "start: nowhere\n=== a ===\n-> END \"x\"\n")
_reg("FP210", "error", "duplicate choice identity", "two choices of scene `{scene}` share the identity `{name}` (the other is at {other})",
     "Give one of them an explicit label: `* (other_name) [text]`.",
     "=== a ===\n* (x) [One] -> a\n* (x) [Two] -> END \"e\"\n")
_reg("FP211", "error", "reserved word", "`{name}` is a reserved word and cannot name {what}",
     "Pick another name; reserved: var const include if elif else end END not and or true false turn visits random "
     "turns_since min max abs function external temp return enum.",
     "var turn = 1\n=== a ===\n-> END \"x\"\n")
_reg("FP212", "error", "condition is not a bool", "this condition is {actual}, not bool",
     "Compare it: `hunger > 0`, `name == \"On-jo\"`.",
     "var x = 1\n=== a ===\n* {x} [Go] -> END \"x\"\n")
_reg("FP213", "error", "misplaced header", "{detail}",
     "`title:`, `author:` and `start:` belong in the main file only, once each.",
     "title: A\ntitle: B\n=== a ===\n-> END \"x\"\n")
_reg("FP214", "error", "variable initial value is not constant", "{detail}",
     "Initialise variables with a literal or an expression of constants: `var hunger = 2`.",
     "var x = 1\nvar y = x + 1\n=== a ===\n~ y += x\n{y}\n-> END \"x\"\n")
_reg("FP215", "error", "division by zero", "this expression always divides by zero",
     "Divide by a non-zero number.",
     "var x = 1\n=== a ===\n~ x = x / 0\n{x}\n-> END \"x\"\n")

_reg("FP150", "error", "constant out of range", "`{name}` cannot be computed: {detail}",
     "Constants obey the runtime's limits: whole numbers within 64 bits (about ±9.2 billion billion), "
     "strings of at most 1,000,000 characters, and no division by zero.",
     "const BIG = 900000000000000000\nconst HUGE = BIG * 100\n=== a ===\n{HUGE}\n-> END \"x\"\n")

_reg("FP240", "error", "unknown function", "no function named `{name}`{suggest}",
     "Call a built-in (`min(a, b)`, `max(a, b)`, `abs(x)`) or a function the story declares.",
     "var x = 1\n=== a ===\n~ x = maxi(x, 2)\n{x}\n-> END \"x\"\n")
_reg("FP241", "error", "wrong number of arguments", "`{name}` takes {want}, not {got}",
     "Pass exactly the arguments the function declares, separated by commas.",
     "var x = 1\n=== a ===\n~ x = max(x)\n{x}\n-> END \"x\"\n")

_reg("FP242", "error", "function may end without a value",
     "function `{name}` can reach its end without `~ return`",
     "End every way through the function with `~ return value`, also the branches of its `{{if}}` blocks "
     "(a function with no `~ return` at all gives no value and is called on its own line).",
     "=== function half(n) ===\n{if n > 1}\n~ return n / 2\n{end}\n\n=== a ===\n{half(4)}\n-> END \"x\"\n")
_reg("FP243", "error", "return outside a function", "`~ return` is only for functions",
     "A scene leaves with a divert, `->->` or `-> END \"name\"`; declare a function with `=== function name(a) ===`.",
     "=== a ===\nHello.\n~ return 1\n-> END \"x\"\n")
_reg("FP244", "error", "not allowed in a function", "a function cannot {what}",
     "Functions compute values and change variables; text and diverts belong in scenes. "
     "Return a string and show it in the scene with `{{name(...)}}`.",
     "=== function greet(n) ===\nHello.\n~ return n\n\n=== a ===\n{greet(1)}\n-> END \"x\"\n")
_reg("FP245", "error", "local name already taken", "`{name}` cannot name a parameter or temporary here: {detail}",
     "Pick another name for it; parameters and temporaries may not hide the story's variables.",
     "var hp = 1\n=== a ===\n~ temp hp = 2\n{hp}\n-> END \"x\"\n")
_reg("FP246", "error", "temporary read before it is set", "`{name}` may not be set yet here",
     "Set it with `~ temp {name} = ...` on every way to this line (before the `{{if}}`, or in every branch). "
     "A gather or labelled choice starts with no temporaries: keep a value it needs in a `var`.",
     "var x = true\n=== a ===\n{if x}\n~ temp t = 1\n{end}\nIt is {t}.\n-> END \"x\"\n")
_reg("FP247", "error", "duplicate function", "function `{name}` is already defined at {other}",
     "Function names are unique across all files of a story; rename one of them.",
     "=== function f(x) ===\n~ return x\n\n=== function f(y) ===\n~ return y\n\n=== a ===\n{f(1)}\n-> END \"x\"\n")
_reg("FP248", "error", "function that changes variables used in text or a condition",
     "`{name}` changes variables, so it cannot be called in text or a condition",
     "Text may be shown or not (a player, the checker, a translator's preview), and conditions are only read: "
     "call it on its own line first, `~ {name}(...)` or `~ x = {name}(...)`, then use the result.",
     "var hp = 1\n=== function hurt(n) ===\n~ hp -= n\n~ return hp\n\n=== a ===\nYou have {hurt(1)}.\n-> END \"x\"\n")
_reg("FP249", "error", "parameter type unknown", "the type of `{name}` (a parameter of `{fn}`) cannot be told from its use",
     "Use it in the function in a way that fixes its type (`{name} + 1`, `not {name}`, `{name} == \"a\"`), "
     "or call the function.",
     "=== function same(v) ===\n~ return v\n\n=== a ===\nHello.\n-> END \"x\"\n")

_reg("FP250", "error", "function without a value used as one", "`{name}` has no `~ return`, so it gives no value",
     "Call it on its own line, `~ {name}(...)`, or end it with `~ return value`.",
     "var hp = 3\n=== function harm(n) ===\n~ hp -= n\n\n=== a ===\n~ hp = harm(1)\n{hp}\n-> END \"x\"\n")

_reg("FP251", "error", "enumeration name taken", "`{name}` cannot be declared here: {detail}",
     "Enumerations, their values, variables and constants share one set of names; rename one of them.",
     "enum mood = calm, tense\nenum weather = calm, storm\nvar m = calm\n=== a ===\n~ m = tense\n{m}\n-> END \"x\"\n")

# ---- FP3xx: flow
_reg("FP301", "error", "choice leads nowhere", "this choice has no target",
     "End the choice line with `-> scene`, end its body with a divert, or add a gather (`-`) after the choices for the flow to fall to.",
     "=== a ===\n* [Go]\nYou go.\n* [Stay] -> END \"x\"\n")
_reg("FP302", "error", "dead end", "scene `{name}` has no choices and no divert, so the story stops here with no ending",
     "End the scene with `-> next_scene`, `-> END \"Ending Name\"`, or give it choices.",
     "=== a ===\nHello.\n")
_reg("FP303", "warning", "unreachable statement", "this line can never run: the flow has already left at {other}",
     "Move it before the divert, or remove it.",
     "=== a ===\n-> END \"x\"\nNever seen.\n")
_reg("FP304", "error", "include not found", "cannot include `{path}`: {detail}",
     "Paths are relative to the including file.",
     "include \"missing.story\"\n=== a ===\n-> END \"x\"\n")
_reg("FP305", "error", "include cycle", "including `{path}` makes a cycle: {cycle}",
     "Each file may be included once; remove one of the includes.")
_reg("FP306", "error", "include outside the story", "`{path}` is outside the story's folder",
     "Includes may not leave the folder of the main story file.",
     "include \"../elsewhere.story\"\n=== a ===\n-> END \"x\"\n")
_reg("FP307", "error", "choices after a divert", "scene `{name}` diverts away before its choices, so they are never offered",
     "Remove the divert at the end of the scene's prose, or the choices.",
     "=== a ===\n-> END \"y\"\n* [Go] -> a\n")
_reg("FP308", "error", "no scenes", "the story has no scenes",
     "Add a scene: `=== start ===`.",
     "title: Empty\n")
_reg("FP309", "warning", "several fallbacks", "scene `{name}` has more than one fallback choice; {detail}",
     "Keep one fallback (`* -> target`) per scene.",
     "=== a ===\n* [Go] -> a\n+ -> END \"x\"\n* -> END \"y\"\n")
_reg("FP310", "error", "tunnel return outside a tunnel", "scene `{name}` returns with `->->` but is never called as a tunnel",
     "Call the scene as a tunnel with `-> {name} ->`, or divert with `-> scene` instead of `->->`.",
     "=== a ===\n->->\n")
_reg("FP311", "error", "fallback with text", "a fallback choice cannot be unavailable",
     "A fallback (`* -> target`) is taken automatically; give it a plain condition or none.",
     "var x = 1\n=== a ===\n* [Go] -> a\n* {x > 0 else \"no\"} -> END \"x\"\n{x}\n")

# ---- weave (engine/forkpaths/weave.py): FP120-129, FP220-229, FP320-327
_reg("FP120", "error", "mixed choice markers", "this choice mixes `*` and `+` in its markers (`{marks}`)",
     "Nested choices repeat one marker: `* *` for once-only, `+ +` for sticky.",
     "=== a ===\n* [Go] -> a\n* + [Stay] -> END \"x\"\n")
_reg("FP121", "error", "reason on a choice inside {if}",
     "a choice inside an `{{if}}` block cannot have an `else \"reason\"`: it is not there at all when the block's condition is false",
     "Put the condition in the choice's guard instead: `* {{cond else \"reason\"}} [text]` after the block.",
     "var x = true\n=== a ===\n{if x}\n* {x else \"no\"} [Go] -> a\n{end}\n* [End] -> END \"e\"\n")
_reg("FP122", "error", "choice inside {if} not nested",
     "this choice is inside a choice's body, so it must be nested under it: write it with {level} markers",
     "Inside the body of a `*` choice, a choice in an `{{if}}` block is written `* *` (one more marker).",
     "var x = true\n=== a ===\n* [Go]\n    {if x}\n    * [On] -> a\n    {end}\n* [End] -> END \"e\"\n")
_reg("FP220", "error", "duplicate label", "scene `{scene}` already has a label `{name}` (at {other})",
     "Labels of gathers and choices are unique within their scene; rename one of them.",
     "=== a ===\n- (top) Hello.\n* (top) [Go] -> END \"x\"\n")
_reg("FP221", "error", "undefined label", "scene `{scene}` has no label `{name}`{suggest}",
     "Label a gather `- ({name})` or a choice `* ({name}) [text]` in scene `{scene}`, or divert to a label it has.",
     "=== a ===\n- (top) Hello.\n-> b\n=== b ===\n-> a.tpo\n")
_reg("FP320", "error", "weave runs out", "{what} has nothing after it: no choices, no divert and no gather below",
     "End it with a divert or `-> END \"name\"`, give it choices, or add a gather (`-`) after it to carry the flow on.",
     "=== a ===\n* [Go]\n    You go.\n    * * [Run]\n        You run.\n- (late) Late.\n")

# ---- FP4xx: reachability and analysis (`forkpaths check`, engine/forkpaths/explore.py; examples need the analysis)
_reg("FP401", "error", "unreachable scene", "{what} can never be reached: {why}",
     "Add a way in (a divert or a choice that leads here), or loosen the conditions that guard the ways in.",
     "var key = false\n=== a ===\n* [Door] -> b\n* {key} [Vault] -> vault\n=== b ===\n-> END \"out\"\n=== vault ===\n-> END \"rich\"\n")
_reg("FP402", "error", "unreachable ending", "the ending \"{name}\" can never be reached: {why}",
     "Make a way into the scene that ends with it, or remove that ending.",
     "var key = false\n=== a ===\n* [Door] -> END \"out\"\n* {key} [Vault] -> END \"rich\"\n")
_reg("FP403", "warning", "choice never available", "choice `{name}` of {where} can never be taken: {why}",
     "Check the choice's condition against the values the variables can have here, or remove the choice.",
     "var n = 0\n=== a ===\n* {n > 5} [Rich] -> END \"rich\"\n* [Poor] -> END \"poor\"\n")
_reg("FP404", "error", "soft-lock", "soft-lock in {where}: {detail}",
     "Give the reader a way out of here to an ending (a sticky `+` choice, or a fallback `* -> scene`).",
     "=== hub ===\n+ [Wait] -> hub\n* [Go out] -> yard\n=== yard ===\n* [Back in] -> hub\n* [Run] -> END \"free\"\n")
_reg("FP405", "error", "runtime error reachable", "a playthrough runs into a runtime error: {detail}",
     "Follow the path below with `forkpaths play` and guard the failing expression.",
     "var d = 1\n=== a ===\n* [Spend] \n    ~ d -= 1\n    -> b\n=== b ===\n~ d = 10 / d\n{d}\n-> END \"x\"\n")
_reg("FP406", "warning", "reachability unknown", "could not decide {what}: {bound}",
     "Raise the bound (`--max-states`, `--timeout`), or bound the variables that keep changing.",
     "var n = 0\n=== a ===\n~ n = n + 1\n+ {n + n != 3} [Again] -> a\n* [Stop] -> END \"done\"\n")
_reg("FP407", "warning", "constant condition", "this condition is always {value} wherever it is evaluated",
     "The variables it reads cannot make it change here; simplify it or fix the effects it depends on.",
     "var lit = false\n=== a ===\nThe lamp is {lit: on|off}.\n-> END \"x\"\n")
_reg("FP409", "error", "playthrough invariant broken", "a random playthrough broke an invariant: {detail}",
     "Replay the minimal choice sequence below with `forkpaths play` to see it happen.")
_reg("FP411", "note", "reachability beside errors",
     "with its {errors} neutralised (each one a dead end), {detail}",
     "Fix the errors for the whole check; what is reachable here stays reachable whatever the fix.",
     "=== a ===\n* [Go] -> nowhere\n* [Stay] -> b\n=== b ===\n-> END \"x\"\n")

# ---- FP9xx: notes
_reg("FP901", "note", "TODO", "{detail}", "A reminder left in a comment.",
     "=== a ===\n// TODO: write this scene\n-> END \"x\"\n")


@frozen
class Diagnostic:
    code: str
    message: str
    span: Span
    hint: str = ""
    severity: Severity = Severity.ERROR

    @classmethod
    def make(cls, code: str, span: Span, **fields) -> "Diagnostic":
        entry = REGISTRY[code]
        return cls(code, entry.template.format(**fields), span,
                   entry.hint.format(**fields), entry.severity)

    def with_severity(self, severity: Severity) -> "Diagnostic":
        return attrs.evolve(self, severity=severity)

    def as_json(self) -> dict:
        return {
            "code": self.code, "severity": self.severity.value,
            "message": self.message, "hint": self.hint,
            "file": self.span.file, "line": self.span.line,
            "column": self.span.column, "end_line": self.span.end_line,
            "end_column": self.span.end_column,
        }


def has_errors(diags) -> bool:
    return any(d.severity is Severity.ERROR for d in diags)


def sort_key(d: Diagnostic):
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
    return (d.span.file, order[d.severity], d.span.line, d.span.column, d.code)


def _width(text: str) -> int:
    return textwidth.width(text)


def render_text(d: Diagnostic, source_lines=None, color: bool = False) -> str:
    """`path:line:col: error[CODE]: message`, the source line, a caret, the hint."""
    from .printable import printable  # file names and messages may hold control characters

    sev = d.severity.value
    where, message = printable(str(d.span)), printable(d.message)
    if color:
        tint = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "note": "\x1b[1;36m"}[sev]
        head = f"\x1b[1m{where}\x1b[0m: {tint}{sev}[{d.code}]\x1b[0m: {message}"
    else:
        head = f"{where}: {sev}[{d.code}]: {message}"
    out = [head]
    if source_lines is not None and 1 <= d.span.line <= len(source_lines):
        line = source_lines[d.span.line - 1].replace("\t", "    ")
        raw = source_lines[d.span.line - 1]
        if len(line) > 200:
            start = max(0, d.span.column - 60)
            line = ("…" if start else "") + line[start:start + 160] + "…"
            raw = ("…" if start else "") + raw[start:start + 160]
            col = d.span.column - start + (1 if start else 0)
        else:
            col = d.span.column
        prefix = raw[: max(col - 1, 0)].replace("\t", "    ")
        if d.span.end_line == d.span.line and d.span.end_column > d.span.column:
            length = max(1, _width(raw[col - 1: col - 1 + d.span.end_column - d.span.column]))
        else:
            length = 1
        gutter = f"{d.span.line:>4} | "
        out.append(gutter + printable(line))
        out.append(" " * (len(gutter) - 2) + "| " + " " * _width(prefix) + "^" * min(length, 80))
    if d.hint:
        out.append(f"  = hint: {d.hint}")
    return "\n".join(out)


def render_github(d: Diagnostic) -> str:
    kind = {"error": "error", "warning": "warning", "note": "notice"}[d.severity.value]

    from .printable import printable

    def esc(s: str) -> str:
        return printable(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))

    def esc_prop(s: str) -> str:
        return esc(s).replace(":", "%3A").replace(",", "%2C")

    return (f"::{kind} file={esc_prop(d.span.file)},line={d.span.line},col={d.span.column},"
            f"title={esc_prop(d.code)}::{esc(d.message)}")


def render_json(diags, extra=None) -> str:
    doc = {"diagnostics": [d.as_json() for d in diags]}
    if extra:
        doc.update(extra)
    return json.dumps(doc, indent=2, ensure_ascii=False)
