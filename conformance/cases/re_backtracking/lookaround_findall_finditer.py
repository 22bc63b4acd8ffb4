# Overlapping matches through a capturing lookahead; finditer spans.
import re
print(re.findall(r'(?=(\d{3}))', '12345'))
print([m.span() for m in re.finditer(r'(?<=a)', 'aaa')])
print([(m.start(), m.group(1)) for m in re.finditer(r'(?=(aa))', 'aaaa')])
print([m.group() for m in re.finditer(r'\w+(?=\s|$)', 'one two three')])
