# bytes.decode with errors='backslashreplace' turns each undecodable byte
# into four characters: decoding 64 MiB of them is charged per byte and
# per character made, and ends at a budget.
# limit: instructions|memory
text = (b"\xff" * (1 << 26)).decode("ascii", "backslashreplace")
print(len(text))
