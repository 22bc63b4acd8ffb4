import re
try:
    re.sub("a", r"\1", "a")
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
