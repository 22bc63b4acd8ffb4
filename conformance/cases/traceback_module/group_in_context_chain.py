import traceback, re
def clean(s):
    return re.sub(r'File "[^"]*/', 'File "', s)
try:
    try:
        raise ExceptionGroup("batch", [ValueError("one"), ValueError("two")])
    except* ValueError as eg:
        raise TypeError("after except*")
except Exception as outer:
    saved = outer
print(clean(''.join(traceback.format_exception(saved))))
def nested():
    try:
        raise ExceptionGroup("inner", [KeyError("k")])
    except ExceptionGroup as g:
        raise ExceptionGroup("outer", [RuntimeError("r"), ValueError("v")]) from g
try:
    nested()
except ExceptionGroup as g:
    print(clean(''.join(traceback.format_exception(g))))
    eg2 = ExceptionGroup("wrap", [g, IndexError("i")])
print(clean(''.join(traceback.format_exception(eg2))))
print("done")
