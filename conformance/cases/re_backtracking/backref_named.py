# Named backreferences and quotes.
import re
print(re.search(r"""(?P<q>['"]).*?(?P=q)""", 'say "hi" now').group())
print(re.findall(r"""(?P<q>['"])(.*?)(?P=q)""", """'a' "b" 'c" """))
print(re.sub(r'<(?P<tag>\w+)>(.*?)</(?P=tag)>', r'[\g<tag>:\2]', '<b>x</b> <i>y</i> <b>z</i>'))
m = re.match(r'(?P<w>\w)(?P=w)', 'zz')
print(m.group('w'), m.span())
