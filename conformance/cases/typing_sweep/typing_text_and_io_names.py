# typing.Text, typing.Pattern/Match, AnyStr.
from typing import Text, Pattern, Match, AnyStr, Sequence
import re
print(Text is str, AnyStr, AnyStr.__constraints__)
print(Pattern[str], Match[bytes])
def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b
print(concat("a", "b"), concat(b"x", b"y"))
print(isinstance(re.compile("a"), Pattern), isinstance(re.match("a", "a"), Match))
print(Sequence[AnyStr][str])
