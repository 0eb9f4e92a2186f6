-- Stops a job (failed or cancelled) in one step: ack + delete the entry that failed (if any),
-- dead-letter it (if asked), set the halt key that the hand-off script checks, and append the
-- terminal event once.
--
-- KEYS: 1 stream ('' allowed), 2 onceKey, 3 haltKey, 4 eventsStream, 5 jobEventsStream, 6 dlqStream
-- ARGV: 1 group, 2 entryId ('' = none), 3 ttl, 4 events maxlen, 5 jobId, 6 event JSON,
--       7 dead-letter JSON ('' = none), 8 halt value
local group, entryId, ttl, maxlen, jobId = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
if entryId ~= '' then
  redis.call('XACK', KEYS[1], group, entryId)
  redis.call('XDEL', KEYS[1], entryId)
end
if ARGV[7] ~= '' then
  redis.call('XADD', KEYS[6], 'MAXLEN', '~', 10000, '*', 'job', jobId, 'stream', KEYS[1], 'entry', entryId, 'dead', ARGV[7])
end
redis.call('SET', KEYS[3], ARGV[8], 'EX', ttl)
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ttl) then
  return {0}
end
local id = redis.call('XADD', KEYS[5], '*', 'event', ARGV[6])
redis.call('EXPIRE', KEYS[5], ttl)
redis.call('XADD', KEYS[4], 'MAXLEN', '~', maxlen, '*', 'job', jobId, 'event_id', id, 'event', ARGV[6])
return {1, id}
