# sub with empty matches next to non-empty ones (CPython 3.7+ rules).
import re
print(re.sub(r'(?=b)|b', '-', 'abc'))
print(re.sub(r'(?<=a)|x', '-', 'axa'))
print(re.sub(r'(?=\d)', '#', 'a1b22'))
print(re.subn(r'(?<=\w)(?=\w)', '.', 'abc'))
print(re.sub(r'(?=x)|x*', '-', 'axxb'))
print(re.findall(r'(?=a)|a', 'aa'))
