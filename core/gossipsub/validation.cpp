// Router: the pipeline of a received message: size and topic checks, id, seen cache (duplicate),
// self-origin, IDONTWANT, signature policy, then the topic validator (sync, or async through a
// bounded queue), then delivery and forwarding. Scoring hears every step (go's raw tracer order).
#include "core/gossipsub/router.h"

namespace meshscope::gossipsub {

namespace {
constexpr std::size_t kMaxDeliveries = 1u << 16; // undrained deliveries kept at most
}

void Router::messageId(const pb::rpc::Message& message, MessageId& id) const
{
    if (m_config.msgId == MsgIdFunction::Content && m_config.contentDigest)
        m_config.contentDigest(message.data(), id);
    else
        id = computeMessageId(m_config.msgId, message);
}

void Router::handleMessage(const PeerId& from, ScoreHandle fromScore, const pb::rpc::Message& message,
    const MessagePtr* shared, TimePoint now, bool idKnown)
{
    if (!message.has_topic()) {
        ++m_counters.droppedRpcs;
        record(now, [&] { return EvDropRpc { from, "message without topic" }; });
        return;
    }
    const auto& topic = message.topic();
    if (!m_mySubs.count(topic))
        return; // not for us (go: "not subscribed")
    // Most arrivals are duplicates: their id goes in a reused buffer, not a new string each.
    if (!idKnown)
        messageId(message, m_arrivalId);
    if (m_seen.contains(m_arrivalId)) {
        const MessageId& dup = m_arrivalId; // nothing below re-enters the router
        ++m_counters.duplicates;
        m_promises.fulfilled(dup);
        if (m_score)
            m_score->duplicateByHandle(fromScore, from, dup, topic, now);
        record(now, [&] { return EvDuplicate { dup, topic, from }; });
        return;
    }
    const MessageId id = m_arrivalId; // its own copy: a validator may re-enter handleRpc()
    m_seen.add(id, now);
    auto reject = [&](RejectReason reason) {
        ++m_counters.rejected;
        if (m_score)
            m_score->rejectMessage(from, id, topic, reason, now);
        record(now, [&] { return EvReject { id, topic, from, reason }; });
    };
    if (message.data().size() > m_params.maxMessageSize) {
        reject(RejectReason::ValidationFailed);
        return;
    }
    const auto& self = m_config.self.bytes();
    if (!message.from().empty()
        && std::string_view(reinterpret_cast<const char*>(self.data()), self.size()) == message.from()) {
        reject(RejectReason::SelfOrigin);
        return;
    }
    sendIDontWant(id, topic, from, message);
    if (const auto bad = checkSignature(message, m_config.signPolicy)) {
        reject(*bad);
        return;
    }
    m_promises.fulfilled(id);
    if (m_score)
        m_score->validateMessage(from, id, topic, now);
    if (m_asyncTopics.count(topic)) {
        if (m_validating.size() >= m_config.validationQueueSize) {
            reject(RejectReason::ValidationQueueFull);
            return;
        }
        m_validating.emplace(id,
            PendingValidation { from, shared ? *shared : std::make_shared<const pb::rpc::Message>(message) });
        m_validationRequests.push_back({ id, from, message });
        return;
    }
    auto result = ValidationResult::Accept;
    if (const auto v = m_validators.find(topic); v != m_validators.end())
        result = v->second(from, message);
    finishValidation(id, from, message, shared, result, now);
}

void Router::reportValidationResult(const MessageId& id, ValidationResult result, TimePoint now)
{
    const auto it = m_validating.find(id);
    if (it == m_validating.end())
        return;
    auto pendingValidation = std::move(it->second);
    m_validating.erase(it);
    finishValidation(
        id, pendingValidation.from, *pendingValidation.message, &pendingValidation.message, result, now);
}

void Router::finishValidation(const MessageId& id, const PeerId& from, const pb::rpc::Message& message,
    const MessagePtr* shared, ValidationResult result, TimePoint now)
{
    const auto& topic = message.topic();
    switch (result) {
    case ValidationResult::Accept: {
        // The one copy of an accepted message (none when the caller shares it): the cache, the
        // peers' queues and the delivery all hold this.
        const MessagePtr body = shared ? *shared : std::make_shared<const pb::rpc::Message>(message);
        ++m_counters.delivered;
        m_mcache.put(id, body);
        if (m_score)
            m_score->deliverMessage(from, id, topic, now);
        record(now, [&] { return EvDeliver { id, topic, from, message.data().size() }; });
        if (m_deliveries.size() < kMaxDeliveries)
            m_deliveries.push_back({ id, from, body });
        forward(id, body, from, now);
        return;
    }
    case ValidationResult::Reject:
        ++m_counters.rejected;
        if (m_score)
            m_score->rejectMessage(from, id, topic, RejectReason::ValidationFailed, now);
        record(now, [&] { return EvReject { id, topic, from, RejectReason::ValidationFailed }; });
        return;
    case ValidationResult::Ignore:
        ++m_counters.ignored;
        if (m_score)
            m_score->rejectMessage(from, id, topic, RejectReason::ValidationIgnored, now);
        record(now, [&] { return EvReject { id, topic, from, RejectReason::ValidationIgnored }; });
        return;
    }
}

} // namespace meshscope::gossipsub
