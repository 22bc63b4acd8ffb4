# Lookarounds inside lookarounds and groups.
import re
print(re.findall(r'(?<=(?<!x)a)b', 'ab xab cab'))
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.findall(r'(?=(a(?!b)))', 'aab ac'))
print(re.search(r'x(?=(?:y(?!z))+)', 'xyyz').span())
