# time.struct_time(...) checks its arguments in the clinic's order, with its texts.
import time
for call in [lambda: time.struct_time(), lambda: time.struct_time(bogus=1), lambda: time.struct_time((1,)*9, {}, 3),
             lambda: time.struct_time(sequence=(1,)*9, dict={}, x=1), lambda: time.struct_time((1,)*9, sequence=1),
             lambda: time.struct_time((1,)*9, x=1), lambda: time.struct_time(dict={}), lambda: time.struct_time(sequence=(1,)*9),
             lambda: time.struct_time(1), lambda: time.struct_time((1,)*9, dict=5)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
