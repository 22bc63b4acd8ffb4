# IGNORECASE applies to backreferences.
import re
print(re.findall(r'(?i)(a)\1', 'aA Aa bb AA'))
print(re.search(r'(\w+) \1', 'Hello hello', re.I).group())
print(re.search(r'(\w+) \1', 'Hello hello'))
print(re.fullmatch(r'(?i)(straße) \1', 'STRAßE straße') is not None)
