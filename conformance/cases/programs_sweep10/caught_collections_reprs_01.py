from collections import Counter
try:
    Counter(1)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
