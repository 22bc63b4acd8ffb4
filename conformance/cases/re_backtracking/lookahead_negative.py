# Negative lookahead.
import re
print(re.findall(r'\d{3}(?!\d)', '1234 567 89012'))
print(re.findall(r'\b(?!un)\w+', 'undo redo unless do'))
print(re.sub(r'a(?!b)', 'X', 'ab ac a'))
print(re.fullmatch(r'(?!.*--)[a-z-]+', 'a-b-c'), re.fullmatch(r'(?!.*--)[a-z-]+', 'a--b'))
