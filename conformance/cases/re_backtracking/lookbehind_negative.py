# Negative lookbehind.
import re
print(re.findall(r'(?<!-)\b\d+', '5 -3 12 -40'))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'someCamelCaseName').lower())
print(re.sub(r'(?<!\\)"', "'", r'say "hi" and \"no\"'))
