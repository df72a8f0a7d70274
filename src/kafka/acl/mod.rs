//! ACL requests (DescribeAcls, CreateAcls, DeleteAcls) through librdkafka's C API, which
//! rust-rdkafka 0.39 does not wrap. All the unsafe code of ACLs is in this module: every
//! librdkafka object made here is owned by a guard that frees it, and each request waits on a
//! queue of its own for at most the broker timeout.

use std::ffi::{CStr, CString};
use std::os::raw::c_char;
use std::time::Duration;

use rdkafka::admin::AdminClient;
use rdkafka::bindings as rd;
use rdkafka::types::RDKafkaErrorCode;

use crate::acls::{Binding, Operation};

mod codes;
use super::stats::Stats;
use crate::error::{Error, Result};
use crate::settings::KafkaSettings;
use codes::*;

/// A client for ACL requests, with the settings' brokers, security and timeout.
pub struct AclAdmin {
    /// The admin client whose librdkafka handle the requests go through.
    client: AdminClient<Stats>,
    /// Bootstrap servers, for messages.
    brokers: String,
    /// Bound of each request.
    timeout: Duration,
}

/// Frees a librdkafka object when dropped.
struct Guard<T> {
    /// The object (never null).
    ptr: *mut T,
    /// Its destructor.
    free: unsafe extern "C" fn(*mut T),
}

impl<T> Drop for Guard<T> {
    fn drop(&mut self) {
        // SAFETY: `ptr` came non-null from the librdkafka constructor `free` belongs to, and this
        // guard is its only owner, so it is freed exactly once.
        unsafe { (self.free)(self.ptr) }
    }
}

/// Takes ownership of a pointer a librdkafka constructor returned, or says what failed.
fn guard<T>(ptr: *mut T, free: unsafe extern "C" fn(*mut T), what: &str) -> Result<Guard<T>> {
    if ptr.is_null() {
        return Err(anyhow::anyhow!("librdkafka could not make {what}").into());
    }
    Ok(Guard { ptr, free })
}

/// Copies a C string librdkafka owns (null reads as empty).
fn text(p: *const c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: librdkafka returns NUL-terminated strings that live as long as the object they
    // belong to, which outlives this call; the text is copied before returning.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// An rd_kafka_error_t (owned by its result) as a code and text, or None for no error.
fn error_of(e: *const rd::rd_kafka_error_t) -> Option<(RDKafkaErrorCode, String)> {
    if e.is_null() {
        return None;
    }
    // SAFETY: `e` is a live error object of a result event that is still held by the caller.
    let (code, msg) = unsafe { (rd::rd_kafka_error_code(e), rd::rd_kafka_error_string(e)) };
    Some((RDKafkaErrorCode::from(code), text(msg)))
}

fn c_string(s: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::usage(format!("`{s}` contains a NUL byte")))
}

/// A new binding (`filter` false) or an exact-match filter for it (`filter` true).
fn native(b: &Binding, filter: bool) -> Result<Guard<rd::rd_kafka_AclBinding_t>> {
    let (name, principal, host) = (
        c_string(&b.resource_name)?,
        c_string(&b.principal)?,
        c_string(&b.host)?,
    );
    let mut errstr = [0 as c_char; 512];
    let make = if filter {
        rd::rd_kafka_AclBindingFilter_new
    } else {
        rd::rd_kafka_AclBinding_new
    };
    // SAFETY: the strings are NUL-terminated and outlive the call (librdkafka copies them);
    // errstr is a writable buffer of the length passed.
    let ptr = unsafe {
        make(
            resource_type(b.resource_type),
            name.as_ptr(),
            pattern(b.pattern),
            principal.as_ptr(),
            host.as_ptr(),
            operation(b.operation),
            permission(b.permission),
            errstr.as_mut_ptr(),
            errstr.len(),
        )
    };
    if ptr.is_null() {
        return Err(Error::usage(format!(
            "invalid ACL binding {b:?}: {}",
            text(errstr.as_ptr())
        )));
    }
    guard(ptr, rd::rd_kafka_AclBinding_destroy, "an ACL binding")
}

/// Reads a binding librdkafka owns; None for kinds fleetctl has no words for.
fn read_binding(acl: *const rd::rd_kafka_AclBinding_t) -> Option<Binding> {
    // SAFETY: `acl` is a live binding of a result event the caller still holds; the getters only
    // read it, and the strings are copied.
    unsafe {
        Some(Binding {
            principal: text(rd::rd_kafka_AclBinding_principal(acl)),
            resource_type: from_resource_type(rd::rd_kafka_AclBinding_restype(acl))?,
            resource_name: text(rd::rd_kafka_AclBinding_name(acl)),
            pattern: from_pattern(rd::rd_kafka_AclBinding_resource_pattern_type(acl))?,
            operation: from_operation(rd::rd_kafka_AclBinding_operation(acl)),
            permission: from_permission(rd::rd_kafka_AclBinding_permission_type(acl))?,
            host: text(rd::rd_kafka_AclBinding_host(acl)),
        })
    }
}

/// The elements of an array librdkafka returns with its length.
fn elements<T>(ptr: *mut *const T, n: usize) -> Vec<*const T> {
    if ptr.is_null() || n == 0 {
        return Vec::new();
    }
    // SAFETY: librdkafka returns `n` valid element pointers at `ptr`, owned by the result event
    // the caller holds while it uses them.
    unsafe { std::slice::from_raw_parts(ptr, n) }.to_vec()
}

impl AclAdmin {
    /// A client with the settings' brokers and security (connects lazily).
    pub fn new(k: &KafkaSettings) -> Result<Self> {
        let client: AdminClient<Stats> = super::client_config(k)?
            .create_with_context(Stats)
            .map_err(super::creation_error)?;
        Ok(AclAdmin {
            client,
            brokers: k.brokers.clone().unwrap_or_default(),
            timeout: k.timeout,
        })
    }

    /// Sends one admin request with `send` on a queue of its own and waits for its result event
    /// (of `kind`), failing on a request-level error: `what` names the request in messages.
    fn request(
        &self,
        op: rd::rd_kafka_admin_op_t,
        what: (&str, &str),
        send: impl FnOnce(
            *mut rd::rd_kafka_t,
            *const rd::rd_kafka_AdminOptions_t,
            *mut rd::rd_kafka_queue_t,
        ),
    ) -> Result<Guard<rd::rd_kafka_event_t>> {
        let rk = self.client.inner().native_ptr();
        let ms = self.timeout.as_millis().min(i32::MAX as u128) as i32;
        // SAFETY: `rk` is the live handle of `self.client`, which outlives every object made here.
        let queue = guard(
            unsafe { rd::rd_kafka_queue_new(rk) },
            rd::rd_kafka_queue_destroy,
            "a queue",
        )?;
        // SAFETY: as above.
        let options = guard(
            unsafe { rd::rd_kafka_AdminOptions_new(rk, op) },
            rd::rd_kafka_AdminOptions_destroy,
            "admin options",
        )?;
        let mut errstr = [0 as c_char; 512];
        // SAFETY: `options` is live; errstr is writable for its length. A timeout in range is
        // always accepted, so the result needs no check.
        unsafe {
            rd::rd_kafka_AdminOptions_set_request_timeout(
                options.ptr,
                ms,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        if op == rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER {
            // SAFETY: `options` is live; an error returned here is ours to free.
            let e = unsafe {
                rd::rd_kafka_AdminOptions_set_include_authorized_operations(options.ptr, 1)
            };
            if !e.is_null() {
                let _e = guard(e, rd::rd_kafka_error_destroy, "an error")?;
                return Err(
                    anyhow::anyhow!("librdkafka refused include.authorized.operations").into(),
                );
            }
        }
        send(rk, options.ptr, queue.ptr);
        // The request timeout bounds the answer; a little more lets librdkafka report it.
        let wait = ms.saturating_add(1000);
        // SAFETY: `queue` is live; polling it returns an event we own, or null on timeout.
        let event = unsafe { rd::rd_kafka_queue_poll(queue.ptr, wait) };
        if event.is_null() {
            return Err(Error::Timeout(format!(
                "no answer to {} from the brokers at {} within {:?}",
                what.0, self.brokers, self.timeout
            )));
        }
        let event = guard(event, rd::rd_kafka_event_destroy, "an event")?;
        // SAFETY: `event` is live and owned by us.
        let (code, msg) = unsafe {
            (
                rd::rd_kafka_event_error(event.ptr),
                text(rd::rd_kafka_event_error_string(event.ptr)),
            )
        };
        let code = RDKafkaErrorCode::from(code);
        if code != RDKafkaErrorCode::NoError {
            return Err(
                super::denied(code, what.1, "cluster", super::CLUSTER).unwrap_or_else(|| {
                    super::unreachable(&self.brokers, format!("{}: {msg}", what.0))
                }),
            );
        }
        Ok(event)
    }

    /// Every ACL binding on the cluster, or a refusal when this principal may not list them.
    pub async fn describe(&self) -> Result<Vec<Binding>> {
        tokio::task::block_in_place(|| {
            self.may_describe()?;
            self.describe_blocking()
        })
    }

    /// Fails unless this principal may describe the cluster. librdkafka 2.12 drops the error of
    /// a DescribeAcls response (a principal without the right gets an empty list, as if there were
    /// no ACLs), so the cluster's authorised operations for this principal are asked first.
    fn may_describe(&self) -> Result<()> {
        let event = self.request(
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER,
            ("DescribeCluster", "Describe"),
            // SAFETY: every pointer is live for the call.
            |rk, opts, q| unsafe { rd::rd_kafka_DescribeCluster(rk, opts, q) },
        )?;
        let mut n = 0usize;
        // SAFETY: `event` is a live DescribeCluster result event; the operations array belongs
        // to it and is read while it is held.
        let ops: Vec<Operation> = unsafe {
            let res = rd::rd_kafka_event_DescribeCluster_result(event.ptr);
            if res.is_null() {
                return Err(anyhow::anyhow!("DescribeCluster returned no result").into());
            }
            let p = rd::rd_kafka_DescribeCluster_result_authorized_operations(res, &mut n);
            if p.is_null() {
                Vec::new()
            } else {
                std::slice::from_raw_parts(p, n)
                    .iter()
                    .map(|o| from_operation(*o))
                    .collect()
            }
        };
        if ops
            .iter()
            .any(|o| matches!(o, Operation::Describe | Operation::Alter | Operation::All))
        {
            Ok(())
        } else {
            Err(super::denied(
                RDKafkaErrorCode::ClusterAuthorizationFailed,
                "Describe",
                "cluster",
                super::CLUSTER,
            )
            .unwrap_or_else(|| Error::Refused("not authorised to Describe the cluster".into())))
        }
    }

    fn describe_blocking(&self) -> Result<Vec<Binding>> {
        let mut errstr = [0 as c_char; 512];
        // SAFETY: null name, principal and host mean "any"; errstr is writable for its length.
        let filter = unsafe {
            rd::rd_kafka_AclBindingFilter_new(
                rd::rd_kafka_ResourceType_t::RD_KAFKA_RESOURCE_ANY,
                std::ptr::null(),
                rd::rd_kafka_ResourcePatternType_t::RD_KAFKA_RESOURCE_PATTERN_ANY,
                std::ptr::null(),
                std::ptr::null(),
                rd::rd_kafka_AclOperation_t::RD_KAFKA_ACL_OPERATION_ANY,
                rd::rd_kafka_AclPermissionType_t::RD_KAFKA_ACL_PERMISSION_TYPE_ANY,
                errstr.as_mut_ptr(),
                errstr.len(),
            )
        };
        let filter = guard(filter, rd::rd_kafka_AclBinding_destroy, "an ACL filter")?;
        let event = self.request(
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DESCRIBEACLS,
            ("DescribeAcls", "Describe"),
            // SAFETY: every pointer is live for the call; librdkafka copies the filter.
            |rk, opts, q| unsafe { rd::rd_kafka_DescribeAcls(rk, filter.ptr, opts, q) },
        )?;
        let mut n = 0usize;
        // SAFETY: `event` is a live DescribeAcls result event (the queue only gets that).
        let acls = unsafe {
            let res = rd::rd_kafka_event_DescribeAcls_result(event.ptr);
            if res.is_null() {
                return Err(anyhow::anyhow!("DescribeAcls returned no result").into());
            }
            rd::rd_kafka_DescribeAcls_result_acls(res, &mut n)
        };
        Ok(elements(acls, n)
            .into_iter()
            .filter_map(read_binding)
            .collect())
    }

    /// Creates bindings; per binding, `Ok` or the broker's error.
    pub async fn create(
        &self,
        bindings: &[Binding],
    ) -> Result<Vec<std::result::Result<(), String>>> {
        if bindings.is_empty() {
            return Ok(Vec::new());
        }
        tokio::task::block_in_place(|| self.create_blocking(bindings))
    }

    fn create_blocking(
        &self,
        bindings: &[Binding],
    ) -> Result<Vec<std::result::Result<(), String>>> {
        let owned = bindings
            .iter()
            .map(|b| native(b, false))
            .collect::<Result<Vec<_>>>()?;
        let mut ptrs: Vec<*mut rd::rd_kafka_AclBinding_t> = owned.iter().map(|g| g.ptr).collect();
        let event = self.request(
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_CREATEACLS,
            ("CreateAcls", "Alter"),
            // SAFETY: `ptrs` holds live bindings for the call; librdkafka copies them.
            |rk, opts, q| unsafe {
                rd::rd_kafka_CreateAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), opts, q)
            },
        )?;
        let mut n = 0usize;
        // SAFETY: `event` is a live CreateAcls result event.
        let results = unsafe {
            let res = rd::rd_kafka_event_CreateAcls_result(event.ptr);
            if res.is_null() {
                return Err(anyhow::anyhow!("CreateAcls returned no result").into());
            }
            rd::rd_kafka_CreateAcls_result_acls(res, &mut n)
        };
        // Results come in the order of the request.
        Ok(elements(results, n)
            .into_iter()
            // SAFETY: each element is a live acl_result of the held event.
            .map(
                |r| match error_of(unsafe { rd::rd_kafka_acl_result_error(r) }) {
                    None => Ok(()),
                    Some((code, msg)) => Err(format!("{code}: {msg}")),
                },
            )
            .collect())
    }

    /// Deletes exactly these bindings; per binding, how many matched, or the broker's error.
    pub async fn delete(
        &self,
        bindings: &[Binding],
    ) -> Result<Vec<std::result::Result<usize, String>>> {
        if bindings.is_empty() {
            return Ok(Vec::new());
        }
        tokio::task::block_in_place(|| self.delete_blocking(bindings))
    }

    fn delete_blocking(
        &self,
        bindings: &[Binding],
    ) -> Result<Vec<std::result::Result<usize, String>>> {
        let owned = bindings
            .iter()
            .map(|b| native(b, true))
            .collect::<Result<Vec<_>>>()?;
        let mut ptrs: Vec<*mut rd::rd_kafka_AclBinding_t> = owned.iter().map(|g| g.ptr).collect();
        let event = self.request(
            rd::rd_kafka_admin_op_t::RD_KAFKA_ADMIN_OP_DELETEACLS,
            ("DeleteAcls", "Alter"),
            // SAFETY: `ptrs` holds live filters for the call; librdkafka copies them.
            |rk, opts, q| unsafe {
                rd::rd_kafka_DeleteAcls(rk, ptrs.as_mut_ptr(), ptrs.len(), opts, q)
            },
        )?;
        let mut n = 0usize;
        // SAFETY: `event` is a live DeleteAcls result event.
        let responses = unsafe {
            let res = rd::rd_kafka_event_DeleteAcls_result(event.ptr);
            if res.is_null() {
                return Err(anyhow::anyhow!("DeleteAcls returned no result").into());
            }
            rd::rd_kafka_DeleteAcls_result_responses(res, &mut n)
        };
        Ok(elements(responses, n)
            .into_iter()
            .map(|r| {
                let mut matched = 0usize;
                // SAFETY: each element is a live response of the held event.
                let (err, _) = unsafe {
                    (
                        error_of(rd::rd_kafka_DeleteAcls_result_response_error(r)),
                        rd::rd_kafka_DeleteAcls_result_response_matching_acls(r, &mut matched),
                    )
                };
                match err {
                    None => Ok(matched),
                    Some((code, msg)) => Err(format!("{code}: {msg}")),
                }
            })
            .collect())
    }
}
