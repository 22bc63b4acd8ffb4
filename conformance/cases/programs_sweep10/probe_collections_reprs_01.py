from collections import *
import re
print(deque([1, 2], maxlen=3), repr(defaultdict(list, {"a": [1]})), Counter("aab"), OrderedDict(a=1), ChainMap({1: 2}), namedtuple("P", "x"), namedtuple("P", "x")(1))
from datetime import date, datetime, time, timedelta
print(repr(date(2024, 1, 2)), repr(time(1, 2)), repr(time()), repr(datetime(2024, 1, 2)), repr(timedelta()), repr(timedelta(seconds=-1)), repr(timedelta(days=1, microseconds=5)))
from decimal import Decimal, getcontext
from fractions import Fraction
print(repr(Decimal("1.50")), repr(Fraction(3, 4)), repr(Decimal("-0E-3")), repr(Decimal("inf")), Decimal("1E+2"), str(Decimal("0.000001")), str(Decimal("0.0000001")))
from enum import Enum
class C(Enum):
    A = 1
print(C, repr(C), C.A, repr(C.A), C.__members__, list(C.__members__), type(C.A), C["A"], C(1))
from dataclasses import dataclass, field, fields
@dataclass
class D:
    a: int = field(default=1, metadata={"m": 1})
print(fields(D)[0].name, fields(D)[0].default, fields(D)[0].metadata["m"], fields(D)[0].type)
import re
m = re.search(r"b+", "abbbc"); print(re.sub(r" at 0x\w+", "", repr(m)), repr(re.compile("x")))
