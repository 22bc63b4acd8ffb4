import sys

print(sys.exc_info())
try:
    [][1]
except IndexError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb is e.__traceback__, tb.tb_lineno)
    try:
        {}["k"]
    except KeyError:
        print(sys.exc_info()[2].tb_lineno)
    print(sys.exc_info()[2] is tb)
print(sys.exc_info())
