package io.paperstream.ingest.bucket;

import java.time.Instant;

/**
 * One file in a bucket as a listing shows it. {@code location} identifies it across restarts
 * (a file: URI or s3://bucket/key); {@code version} is what the listing offers to tell versions apart
 * cheaply (an ETag, or size and modification time).
 */
public record BucketObject(String location, String name, long size, Instant modifiedAt, String version) {
}
