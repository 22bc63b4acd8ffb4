# The constructors of io.StringIO, io.BytesIO, struct.Struct (a C type's __init__)
# and datetime.timezone (its __new__) are C in CPython: a wrong call gets the
# clinic texts under the type's name.
import datetime
import io, struct
td = datetime.timedelta(hours=1)
try:
    print(repr(io.StringIO(1, 2, 3)))
except TypeError as e:
    print('io.StringIO(1, 2, 3)', e)
try:
    print(repr(io.StringIO(bogus=1)))
except TypeError as e:
    print('io.StringIO(bogus=1)', e)
try:
    print(repr(io.StringIO('a', initial_value='b')))
except TypeError as e:
    print("io.StringIO('a', initial_value='b')", e)
try:
    print(repr(io.StringIO(newline=1)))
except TypeError as e:
    print('io.StringIO(newline=1)', e)
try:
    print(repr(io.BytesIO(1, 2)))
except TypeError as e:
    print('io.BytesIO(1, 2)', e)
try:
    print(repr(io.BytesIO(x=1)))
except TypeError as e:
    print('io.BytesIO(x=1)', e)
try:
    print(repr(io.BytesIO(b'', initial_bytes=b'')))
except TypeError as e:
    print("io.BytesIO(b'', initial_bytes=b'')", e)
try:
    print(repr(struct.Struct()))
except TypeError as e:
    print('struct.Struct()', e)
try:
    print(repr(struct.Struct('i', 'i')))
except TypeError as e:
    print("struct.Struct('i', 'i')", e)
try:
    print(repr(struct.Struct(fmt='i')))
except TypeError as e:
    print("struct.Struct(fmt='i')", e)
try:
    print(repr(struct.Struct(format='i').size))
except TypeError as e:
    print("struct.Struct(format='i').size", e)
try:
    print(repr(io.StringIO(initial_value='abc').read()))
except TypeError as e:
    print("io.StringIO(initial_value='abc').read()", e)
try:
    print(repr(io.BytesIO(initial_bytes=b'x').read()))
except TypeError as e:
    print("io.BytesIO(initial_bytes=b'x').read()", e)


class Sub(io.StringIO):
    pass


try:
    Sub(1, 2, 3)
except TypeError as e:
    print("Sub ->", e)

try:
    print(repr(datetime.timezone()))
except TypeError as e:
    print('datetime.timezone()', e)
try:
    print(repr(datetime.timezone(bogus=1)))
except TypeError as e:
    print('datetime.timezone(bogus=1)', e)
try:
    print(repr(datetime.timezone(td, 'a', 'b')))
except TypeError as e:
    print("datetime.timezone(td, 'a', 'b')", e)
try:
    print(repr(datetime.timezone(td, name='x', bogus=1)))
except TypeError as e:
    print("datetime.timezone(td, name='x', bogus=1)", e)
try:
    print(repr(datetime.timezone(td, offset=td)))
except TypeError as e:
    print('datetime.timezone(td, offset=td)', e)
try:
    print(repr(datetime.timezone(offset=td)))
except TypeError as e:
    print('datetime.timezone(offset=td)', e)
try:
    print(repr(datetime.timezone(offset=td, name='N')))
except TypeError as e:
    print("datetime.timezone(offset=td, name='N')", e)
try:
    print(repr(datetime.timezone(1)))
except TypeError as e:
    print('datetime.timezone(1)', e)
try:
    print(repr(datetime.timezone(td, None)))
except TypeError as e:
    print('datetime.timezone(td, None)', e)
try:
    print(repr(datetime.timezone(td, 'A', x=1)))
except TypeError as e:
    print("datetime.timezone(td, 'A', x=1)", e)
try:
    print(repr(datetime.timezone(td, 'A', 'B', 'C')))
except TypeError as e:
    print("datetime.timezone(td, 'A', 'B', 'C')", e)
