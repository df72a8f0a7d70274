//! Where librdkafka's default partitioner puts a keyed record, computed without a client: the
//! executor uses it to know which robots it owns, the simulator to spread acknowledgements over
//! its producers by partition.

/// The partition librdkafka's `consistent_random` partitioner picks for a non-empty key.
pub fn partition_of(key: &[u8], count: i32) -> i32 {
    (crc32(key) % count.max(1) as u32) as i32
}

/// CRC-32 (IEEE 802.3, reflected, as zlib and librdkafka's `rd_crc32` compute it).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_value() {
        // The CRC-32 catalogue's check value: the CRC of "123456789".
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
