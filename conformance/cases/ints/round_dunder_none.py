# round(x, None) calls __round__ with no argument, but int.__round__(None)
# is a TypeError; float.__round__ accepts None.
def show(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
show(1, lambda: round(5, None))
show(2, lambda: round(True, None))
show(3, lambda: (5).__round__())
show(4, lambda: (5).__round__(None))
show(5, lambda: True.__round__(None))
show(6, lambda: (1250).__round__(-2))
show(7, lambda: (2.5).__round__(None))
show(8, lambda: (2.567).__round__(2))
show(9, lambda: round(2.5, None))
show(10, lambda: (5).__round__(1.5))
