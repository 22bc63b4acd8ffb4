def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        half = width * 3 // 2
        hexpart = hexpart[:half] + " " + hexpart[half:] if len(hexpart) > half else hexpart
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexpart:<{width * 3 + 1}} |{text}|")
    return "\n".join(lines)


payload = "Hello, Wörld!\n\tTabs & \x00nulls\x7f ✓".encode("utf-8") + bytes(range(250, 256))
print(hexdump(payload))
print(len(payload), payload.count(b"l"), payload.find(b"W"), payload[:5].hex(), bytes.fromhex("de ad be ef"))
checksum = sum(payload) & 0xFF
xor = 0
for b in payload:
    xor ^= b
print(checksum, xor, f"{int.from_bytes(payload[:4], 'big'):#010x}", payload[-3:], list(payload[-3:]))
ba = bytearray(payload[:5])
ba.reverse()
ba.extend(b"!!")
ba[0] ^= 0x20
print(ba, ba.decode(), ba.startswith(b"O"), bytes(ba).replace(b"!", b"?"), ba.zfill(10) if hasattr(ba, "zfill") else "")
