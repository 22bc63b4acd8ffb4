# Positive lookbehind of fixed width.
import re
print(re.findall(r'(?<=\$)\d+', 'cost $30, tax $4, 5'))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx efx'))
print(re.search(r'(?<=-)\w+', 'spam-egg').group())
print(re.compile(r'(?<=a)b').search('ab', 1))
