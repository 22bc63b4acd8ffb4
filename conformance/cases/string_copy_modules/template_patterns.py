# string.Template over its documented pattern: the named, braced, escaped and
# invalid groups, class overrides of delimiter, idpattern, braceidpattern,
# flags and pattern, ASCII-only identifiers, and the errors.
from string import Template
import re
print(Template('$who likes ${what} $$ 5').substitute(who='tim', what='ham'))
print(Template('$who likes $what').safe_substitute({'who': 'x'}, what=1))
for t in ['$', '$ 1', 'ab\n$%', '${bad', '$\u0130x', '${who']:
    try:
        print(Template(t).substitute(who=1))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(Template(t).safe_substitute(who=1)), Template(t).is_valid(), Template(t).get_identifiers())
class PctTemplate(Template):
    delimiter = '%'
print(PctTemplate('%who costs %%5').substitute(who='x'))
class Dotted(Template):
    idpattern = r'[_a-z][._a-z0-9]*'
print(Dotted('$bag.foo.who likes $what').substitute({'bag.foo.who': 'tim', 'what': 'ham'}))
class Braced(Template):
    braceidpattern = r'@[a-z]+@'
print(Braced('PyCon in ${@location@} $who').safe_substitute({'@location@': 'Cleveland', 'who': 1}))
class Flags(Template):
    flags = 0
    idpattern = r'[a-z]+'
try:
    print(Flags('$who $Who').substitute(who=1, Who=2))
except ValueError as e:
    print('ValueError', e)
class Pat(Template):
    pattern = r"""@(?:(?P<escaped>@)|(?P<named>[_a-z][._a-z0-9]*)|{(?P<braced>[^}]*)}|(?P<invalid>))"""
print(Pat('@bag.foo.who likes to eat a bag of @bag.what @{x y}').substitute({'bag.foo.who': 'tim', 'bag.what': 'ham', 'x y': 3}))
class Unrecognized(Template):
    # Has every group, but a match may leave all four empty.
    pattern = r'%(?P<escaped>x)?(?P<named>y)?(?P<braced>z)?(?P<invalid>w)?'
for m in ('substitute', 'safe_substitute', 'is_valid', 'get_identifiers'):
    try:
        getattr(Unrecognized('a%b'), m)()
    except ValueError as e:
        print('ValueError', e.args[0])
print(Template.pattern.pattern == Template.pattern.pattern, Template.flags == re.IGNORECASE, Template.idpattern)
class M:
    def __getitem__(self, k): return k.upper()
print(Template('$a$b').substitute(M()), Template('$a$b').substitute(M(), b='kw'))
