# re.sub replacement functions and finditer hand out Match objects; a
# researcher reads every attribute of a Match and of its Pattern (CPython's
# are C objects with no internals, moat's are its own) and follows the
# callables: only groups, spans, the subject and the compiled pattern come
# back, never the engine's state, a code object or the module's helpers.
# expect-output: - -
# expect-output: [('end', 'builtin_function_or_method'), ('endpos', 'int'), ('expand', 'builtin_function_or_method'), ('group', 'builtin_function_or_method'), ('groupdict', 'builtin_function_or_method'), ('groups', 'builtin_function_or_method'), ('lastgroup', 'str'), ('lastindex', 'int'), ('pos', 'int'), ('re', 'Pattern'), ('regs', 'tuple'), ('span', 'builtin_function_or_method'), ('start', 'builtin_function_or_method'), ('string', 'str')]
# expect-output: [('findall', 'builtin_function_or_method'), ('finditer', 'builtin_function_or_method'), ('flags', 'int'), ('fullmatch', 'builtin_function_or_method'), ('groupindex', 'mappingproxy'), ('groups', 'int'), ('match', 'builtin_function_or_method'), ('pattern', 'str'), ('scanner', 'builtin_function_or_method'), ('search', 'builtin_function_or_method'), ('split', 'builtin_function_or_method'), ('sub', 'builtin_function_or_method'), ('subn', 'builtin_function_or_method')]
# expect-output: match dict TypeError vars() argument must have __dict__ attribute
# expect-output: pattern dict TypeError vars() argument must have __dict__ attribute
# expect-output: match reduce TypeError object.__reduce__() is not available in the sandbox
# expect-output: pattern reduce_ex TypeError object.__reduce_ex__() is not available in the sandbox
# expect-output: expand globals AttributeError '__self__' is not available in the sandbox
# expect-output: sub self AttributeError '__self__' is not available in the sandbox
# expect-output: module compile globals AttributeError '__globals__' is not available in the sandbox
# expect-output: copy match -> Match
# expect-output: class getitem -> GenericAlias
# expect-output: pattern type call TypeError cannot create 're.Pattern' instances
# expect-output: match type call TypeError cannot create 're.Match' instances
# expect-output: [('match', 'builtin_function_or_method'), ('pattern', 'Pattern'), ('search', 'builtin_function_or_method')]
# expect-output: scanner dict TypeError vars() argument must have __dict__ attribute
# expect-output: scanner reduce TypeError object.__reduce__() is not available in the sandbox
# expect-output: scanner type call TypeError cannot create '_sre.SRE_Scanner' instances
# expect-output: scanner method self AttributeError '__self__' is not available in the sandbox
import re


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


seen = []


def repl(m):
    seen.append(m)
    return "-"


print(re.sub(r"(a)(?P<b>b)?", repl, "ab a"))
m = seen[0]
p = m.re


def kinds(obj):
    out = []
    for n in dir(obj):
        if not n.startswith("__"):
            try:
                out.append((n, type(getattr(obj, n)).__name__))
            except AttributeError as e:
                out.append((n, str(e)))
    return out


print(kinds(m))
print(kinds(p))
attempt("match dict", lambda: vars(m))
attempt("pattern dict", lambda: vars(p))
attempt("match reduce", lambda: m.__reduce__())
attempt("pattern reduce_ex", lambda: p.__reduce_ex__(2))
attempt("expand globals", lambda: m.expand.__self__)
attempt("sub self", lambda: re.sub.__self__)
attempt("module compile globals", lambda: re.compile.__globals__)
attempt("copy match", lambda: m.__copy__())
attempt("class getitem", lambda: re.Match[str])
attempt("pattern type call", lambda: type(p)("a"))
attempt("match type call", lambda: type(m)())
sc = p.scanner("ab")
print(kinds(sc))
attempt("scanner dict", lambda: vars(sc))
attempt("scanner reduce", lambda: sc.__reduce__())
attempt("scanner type call", lambda: type(sc)())
attempt("scanner method self", lambda: sc.match.__self__)
