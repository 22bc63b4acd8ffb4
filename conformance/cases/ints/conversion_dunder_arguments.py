# int/float __int__, __index__ and __float__ are slot wrappers:
# check_num_args messages; __trunc__/__floor__/__ceil__ are methods.
def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e)
show(1, lambda: (5).__int__())
show(2, lambda: (5).__int__(1))
show(3, lambda: (5).__index__(1, 2))
show(4, lambda: (5).__float__(1))
show(5, lambda: (5).__float__(x=1))
show(6, lambda: (1.5).__int__(2))
show(7, lambda: (1.5).__float__(2))
show(8, lambda: (1.5).__int__(x=2))
show(9, lambda: True.__index__(0))
show(10, lambda: True.__int__())
show(11, lambda: (5).__trunc__(1))
show(12, lambda: (1.5).__trunc__(1))
show(13, lambda: (5).__neg__(1))
show(14, lambda: (5).__add__())
show(15, lambda: (2.5).__index__() if hasattr(2.5, '__index__') else 'no __index__')
