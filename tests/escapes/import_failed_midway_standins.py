# An import cut short part way through its module body (a RecursionError at
# a chosen depth) leaves classes the body already made, and may have
# registered elsewhere (an ABC's registry), outside any module: they are
# sealed all the same, and a later import makes the module whole.

def decimal_at(depth):
    if depth:
        return decimal_at(depth - 1)
    import decimal
    return decimal


def queue_at(depth):
    if depth:
        return queue_at(depth - 1)
    import queue
    return queue


failed = 0
for make in (decimal_at, queue_at):
    for depth in range(1000, 880, -1):
        try:
            make(depth)
            break
        except RecursionError:
            failed += 1
print(failed > 0)
import decimal
import queue

for cls in (decimal.Decimal, decimal.Context, queue.SimpleQueue):
    try:
        cls.__init__ = print
    except TypeError as e:
        print(e)
print(decimal.Decimal("1.25") * 2, queue.SimpleQueue().empty())
# expect-output: True
# expect-output: cannot set '__init__' attribute of immutable type 'decimal.Decimal'
# expect-output: cannot set '__init__' attribute of immutable type 'decimal.Context'
# expect-output: cannot set '__init__' attribute of immutable type '_queue.SimpleQueue'
# expect-output: 2.50 True
