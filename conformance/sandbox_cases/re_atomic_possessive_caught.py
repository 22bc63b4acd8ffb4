# Atomic groups, possessive repeats, conditionals and named backreferences
# are refused (linear-time RE2).
import re
for pattern in [r'(?>a+)b', r'a*+b', r'(<)?\w+(?(1)>)', r'(?P<q>[\'"]).*?(?P=q)']:
    try:
        re.search(pattern, 'x')
    except re.error as e:
        print(e.pos, e)
