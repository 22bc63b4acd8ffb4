# Lookahead and lookbehind assertions are refused (linear-time RE2).
import re
for pattern in [r'foo(?=bar)', r'foo(?!bar)', r'(?<=\$)\d+', r'(?<!-)\d+']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(e.pos, e)
