-- Appends one job event unless it was appended before (onceKey) or the job is halted.
-- KEYS: 1 onceKey, 2 haltKey, 3 eventsStream, 4 jobEventsStream
-- ARGV: 1 ttl, 2 events maxlen, 3 jobId, 4 event JSON
local ttl = tonumber(ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 1 then return {-1} end
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ttl) then return {0} end
local id = redis.call('XADD', KEYS[4], '*', 'event', ARGV[4])
redis.call('EXPIRE', KEYS[4], ttl)
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], '*', 'job', ARGV[3], 'event_id', id, 'event', ARGV[4])
return {1, id}
