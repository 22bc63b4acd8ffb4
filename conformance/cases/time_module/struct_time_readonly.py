# struct_time's fields are read-only and it takes no new attributes.
import time

st = time.gmtime(86400 * 365)
for name in ["tm_year", "tm_isdst", "tm_zone", "tm_gmtoff", "foo"]:
    try:
        setattr(st, name, 1)
        print("set", name)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del st.tm_mon
except AttributeError as e:
    print("AttributeError", e)
try:
    st.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    st[0] = 5
except TypeError as e:
    print("TypeError", e)
print(hasattr(st, "tm_zone"), hasattr(st, "tm_nothing"))
print(st)
