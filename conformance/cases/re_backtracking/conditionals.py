# Conditional groups (?(id)yes|no).
import re
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c'))
p = re.compile(r'^(\()?\d+(?(1)\))$')
print([bool(p.match(s)) for s in ['(12)', '12', '(12', '12)']])
print(re.findall(r'(?P<q>")?\w+(?(q)")', '"a" b "c'))
print(re.search(r'(a)?(?(1)b|c)', 'xc').group(), re.search(r'(a)?(?(1)b)', 'ab').group())
print(re.match(r'(?(1)a|b)(c)?', 'b').group())
