# isinstance with typing.Union and Optional.
from typing import Union, Optional, List
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]))
print(isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]))
try:
    isinstance([], Union[List[int], None])
except TypeError as e:
    print("TypeError", e)
try:
    isinstance(1, Optional)
except TypeError as e:
    print("TypeError", e)
