-- Atomic hand-off of one stage entry: ack + delete the entry, record the segment as done once,
-- append the job's events (per-job replay log + the global fan-out stream) and enqueue the next
-- work, possibly behind a join (alignment waits for both DNA segments). A duplicate delivery
-- finds the done key set and only acks; a halted (cancelled/failed) job gets no further work.
--
-- KEYS: 1 stream, 2 doneKey, 3 haltKey, 4 eventsStream, 5 jobEventsStream, 6 joinKey, 7.. next streams
-- ARGV: 1 group, 2 entryId ('' = none), 3 ttl seconds, 4 joinField ('' = no join), 5 joinNeeded,
--       6 events maxlen, 7 jobId, 8 nEvents, 9..8+nEvents events (JSON), then one envelope per next stream
local group, entryId, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3])
local joinField, joinNeeded, maxlen, jobId = ARGV[4], tonumber(ARGV[5]), ARGV[6], ARGV[7]
local nEvents = tonumber(ARGV[8])

if entryId ~= '' then
  redis.call('XACK', KEYS[1], group, entryId)
  redis.call('XDEL', KEYS[1], entryId)
end
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ttl) then
  return {0}
end
if redis.call('EXISTS', KEYS[3]) == 1 then
  return {-1}
end

local result = {1}
for i = 1, nEvents do
  local ev = ARGV[8 + i]
  local id = redis.call('XADD', KEYS[5], '*', 'event', ev)
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', maxlen, '*', 'job', jobId, 'event_id', id, 'event', ev)
  result[#result + 1] = id
end
if nEvents > 0 then
  redis.call('EXPIRE', KEYS[5], ttl)
end

if joinField ~= '' then
  redis.call('HSET', KEYS[6], joinField, '1')
  redis.call('EXPIRE', KEYS[6], ttl)
  if redis.call('HLEN', KEYS[6]) < joinNeeded then
    return result
  end
end
for k = 7, #KEYS do
  redis.call('XADD', KEYS[k], '*', 'event', ARGV[8 + nEvents + (k - 6)])
end
return result
