import struct

data = b"\x01\x00\x02\x00\x03"
count = len(data) // 2
values = struct.unpack("<" + "h" * count, data[:count * 2])
print(values)
more = struct.unpack("<3h", data)
