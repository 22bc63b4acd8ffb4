# A reference to a group that did not take part never matches.
import re
print(re.search(r'(a)?b\1', 'b'))
print(re.search(r'(?:(a)|b)\1', 'aa'), re.search(r'(?:(a)|b)\1', 'b'))
print(re.findall(r'(a)|\1b', 'ab b'))
