# Misusing Optional and Union.
from typing import Optional, Union
tries = [
    lambda: Optional[1, 2],
    lambda: Optional[int, str],
    lambda: Union[()],
    lambda: Union[1],
    lambda: Optional[3],
    lambda: Union[int, 3],
    lambda: Union(),
    lambda: Optional(),
    lambda: Union[int, str](),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
