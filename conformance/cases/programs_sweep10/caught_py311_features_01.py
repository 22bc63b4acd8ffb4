from typing import assert_never
try:
    assert_never(5)
except Exception as e:
    print(type(e).__module__, type(e).__name__, '|', e)
