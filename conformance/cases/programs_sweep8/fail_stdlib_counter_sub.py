from collections import Counter
Counter("ab") - {"a": 1}
