# \b and \B use Python's Unicode word characters on the backtracking engine.
import re
print(re.findall(r'\b\w+\b(?=\s|$)', 'héllo wörld ñandú'))
print(re.findall(r'(?=\w)\b\w', 'über straße'))
print([m.span() for m in re.finditer(r'(?<=\w)\B', 'añb')])
print(re.findall(r'(?=.)\b', 'a١b ٢'))
print(re.findall(r'(?=.)\b', 'a١b ٢', re.ASCII))
print(re.search(r'(?=)\B', ''), re.search(r'(?=)\B', ' ').span())
print(re.findall(r'(?a)(?=\S)\b\w+', 'héllo wörld'))
