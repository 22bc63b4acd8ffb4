# struct_time from gmtime: repr, fields by name and index, slices.
import time

st = time.gmtime(0)
print(st)
print(repr(st))
print(str(st) == repr(st))
print(len(st), st[0], st[-1], st[2:5], st[::3], st[-3:])
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec)
print(st.tm_wday, st.tm_yday, st.tm_isdst, st.tm_zone, st.tm_gmtoff)
print(type(st).__name__, type(st).__module__, type(st).__qualname__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields)
print(isinstance(st, tuple), isinstance(st, time.struct_time))
print(list(st), tuple(st))
try:
    st[9]
except IndexError as e:
    print("IndexError", e)
print(time.struct_time.__match_args__)
