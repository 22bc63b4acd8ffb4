import re
try:
    re.compile("(")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
