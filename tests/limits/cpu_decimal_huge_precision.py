# decimal at a precision of a million digits: its big-int arithmetic is
# charged to the budgets like any int work, so the run ends on a limit
# instead of hanging.
# limit: instructions|memory
from decimal import Decimal, getcontext
getcontext().prec = 10**6
x = Decimal(2).sqrt()
while True:
    x = (x * x + Decimal(1) / 3).sqrt()
