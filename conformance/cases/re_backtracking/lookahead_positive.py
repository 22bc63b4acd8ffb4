# Positive lookahead: the assertion reads ahead without consuming.
import re
print(re.findall(r'\d+(?=%)', '10% of 200 is 20%, 5 %'))
print(re.search(r'foo(?=bar)', 'foobaz foobar').span())
print(re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abc123') is not None)
print(re.match(r'(?=.*\d)(?=.*[a-z])\w{6,}', 'abcdef'))
print(re.findall(r'\w+(?=,)', 'a, bb, ccc and d'))
