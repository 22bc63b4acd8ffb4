# Pattern's and Match's read-only members and getters refuse assignment and
# deletion with CPython's two messages.
import re

p = re.compile(r'(a)(?P<b>b)')
m = p.match('ab')
for obj, names in ((p, ('pattern', 'flags', 'groups', 'groupindex', 'match', 'other')),
                   (m, ('pos', 'endpos', 'string', 're', 'lastindex', 'lastgroup', 'regs',
                        'group', 'other'))):
    for name in names:
        try:
            setattr(obj, name, 1)
        except AttributeError as e:
            print('set', name, 'AttributeError', e)
        try:
            delattr(obj, name)
        except AttributeError as e:
            print('del', name, 'AttributeError', e)
print(m.pos, m.endpos, m.string, m.re is p, p.groups, p.pattern)
