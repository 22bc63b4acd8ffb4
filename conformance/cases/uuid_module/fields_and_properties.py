import uuid

for text in ["a8098c1a-f86e-11da-bd1a-00112444be1e",
             "6fa459ea-ee8a-3ca4-894e-db77e160355e",
             "886313e1-3b8a-5372-9b90-0c9aee199e5d",
             "00000000-0000-0000-0000-000000000000",
             "ffffffff-ffff-ffff-ffff-ffffffffffff",
             "00000000-0000-0000-c000-000000000000",
             "00000000-0000-0000-e000-000000000000"]:
    u = uuid.UUID(text)
    print(text)
    print("  ", u.time_low, u.time_mid, u.time_hi_version)
    print("  ", u.clock_seq_hi_variant, u.clock_seq_low, u.node)
    print("  ", u.time, u.clock_seq, u.version, u.variant)
    print("  ", u.urn, int(u) == u.int)
