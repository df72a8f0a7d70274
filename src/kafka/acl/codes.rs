//! The ACL enums of fleetctl and of librdkafka, one to one (safe code; the calls are in `acl`).

use rdkafka::bindings as rd;

use crate::acls::{Operation, PatternType, Permission, ResourceType};

pub fn resource_type(r: ResourceType) -> rd::rd_kafka_ResourceType_t {
    match r {
        ResourceType::Topic => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TOPIC,
        ResourceType::Group => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_GROUP,
        ResourceType::TransactionalId => {
            rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_TRANSACTIONAL_ID
        }
        ResourceType::Cluster => rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_BROKER,
    }
}

pub fn from_resource_type(r: rd::rd_kafka_ResourceType_t) -> Option<ResourceType> {
    use rd::rd_kafka_ResourceType_t::*;
    match r {
        RD_KAFKA_RESOURCE_TOPIC => Some(ResourceType::Topic),
        RD_KAFKA_RESOURCE_GROUP => Some(ResourceType::Group),
        RD_KAFKA_RESOURCE_TRANSACTIONAL_ID => Some(ResourceType::TransactionalId),
        RD_KAFKA_RESOURCE_BROKER => Some(ResourceType::Cluster),
        _ => None,
    }
}

pub fn pattern(p: PatternType) -> rd::rd_kafka_ResourcePatternType_t {
    match p {
        PatternType::Literal => {
            rd::rd_kafka_ResourcePatternType_t::RD_KAFKA_RESOURCE_PATTERN_LITERAL
        }
        PatternType::Prefixed => {
            rd::rd_kafka_ResourcePatternType_t::RD_KAFKA_RESOURCE_PATTERN_PREFIXED
        }
    }
}

pub fn from_pattern(p: rd::rd_kafka_ResourcePatternType_t) -> Option<PatternType> {
    use rd::rd_kafka_ResourcePatternType_t::*;
    match p {
        RD_KAFKA_RESOURCE_PATTERN_LITERAL => Some(PatternType::Literal),
        RD_KAFKA_RESOURCE_PATTERN_PREFIXED => Some(PatternType::Prefixed),
        _ => None,
    }
}

/// Operations in the order of librdkafka's enum, which starts at READ = 3.
pub const OPERATIONS: [(Operation, rd::rd_kafka_AclOperation_t); 11] = {
    use rd::rd_kafka_AclOperation_t::*;
    [
        (Operation::All, RD_KAFKA_ACL_OPERATION_ALL),
        (Operation::Read, RD_KAFKA_ACL_OPERATION_READ),
        (Operation::Write, RD_KAFKA_ACL_OPERATION_WRITE),
        (Operation::Create, RD_KAFKA_ACL_OPERATION_CREATE),
        (Operation::Delete, RD_KAFKA_ACL_OPERATION_DELETE),
        (Operation::Alter, RD_KAFKA_ACL_OPERATION_ALTER),
        (Operation::Describe, RD_KAFKA_ACL_OPERATION_DESCRIBE),
        (
            Operation::ClusterAction,
            RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION,
        ),
        (
            Operation::DescribeConfigs,
            RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS,
        ),
        (
            Operation::AlterConfigs,
            RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS,
        ),
        (
            Operation::IdempotentWrite,
            RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE,
        ),
    ]
};

pub fn operation(o: Operation) -> rd::rd_kafka_AclOperation_t {
    OPERATIONS
        .iter()
        .find(|(op, _)| *op == o)
        .map(|(_, c)| *c)
        .unwrap_or(rd::rd_kafka_AclOperation_t::RD_KAFKA_ACL_OPERATION_UNKNOWN)
}

pub fn from_operation(c: rd::rd_kafka_AclOperation_t) -> Operation {
    OPERATIONS
        .iter()
        .find(|(_, code)| *code == c)
        .map(|(op, _)| *op)
        .unwrap_or(Operation::Unknown)
}

pub fn permission(p: Permission) -> rd::rd_kafka_AclPermissionType_t {
    match p {
        Permission::Allow => rd::rd_kafka_AclPermissionType_t::RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW,
        Permission::Deny => rd::rd_kafka_AclPermissionType_t::RD_KAFKA_ACL_PERMISSION_TYPE_DENY,
    }
}

pub fn from_permission(p: rd::rd_kafka_AclPermissionType_t) -> Option<Permission> {
    use rd::rd_kafka_AclPermissionType_t::*;
    match p {
        RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW => Some(Permission::Allow),
        RD_KAFKA_ACL_PERMISSION_TYPE_DENY => Some(Permission::Deny),
        _ => None,
    }
}
