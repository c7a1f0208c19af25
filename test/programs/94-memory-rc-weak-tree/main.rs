use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct TreeNode {
    name: String,
    parent: RefCell<Weak<TreeNode>>,
    children: RefCell<Vec<Rc<TreeNode>>>,
}

impl Drop for TreeNode {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &str) -> Rc<TreeNode> {
    Rc::new(TreeNode {
        name: String::from(name),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn adopt(parent: &Rc<TreeNode>, child: &Rc<TreeNode>) {
    parent.children.borrow_mut().push(Rc::clone(child));
    *child.parent.borrow_mut() = Rc::downgrade(parent);
}

fn main() {
    let root = node("root");
    let left = node("left");
    let right = node("right");
    adopt(&root, &left);
    adopt(&root, &right);
    let leaf = node("leaf");
    adopt(&left, &leaf);

    println!("root strong = {}, weak = {}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("left strong = {}, weak = {}", Rc::strong_count(&left), Rc::weak_count(&left));
    let parent_of_leaf = leaf.parent.borrow().upgrade().map(|p| p.name.clone());
    println!("leaf's parent = {:?}", parent_of_leaf);
    let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
    println!("root's children = {:?}", names);
    drop(left);
    drop(right);
    println!("after dropping handles: {} children", root.children.borrow().len());
    drop(root);
    println!("after dropping root, leaf's parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.name.clone()));
    println!("leaf strong = {}", Rc::strong_count(&leaf));
}
