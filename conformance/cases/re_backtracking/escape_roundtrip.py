# re.escape'd text inside backtracking patterns.
import re
word = 'a.b*c'
p = re.compile(r'(?<!\w)' + re.escape(word) + r'(?!\w)')
print(p.findall('a.b*c xa.b*c a.b*c!'))
print(re.search(r'(' + re.escape('$5') + r')\1', 'pay $5$5'))
